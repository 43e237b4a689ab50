package app.leadbrowser.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private static AppSettings sample() {
        return new AppSettings(
                new WindowState(Double.NaN, Double.NaN, 1024, 700, true, List.of(0.3, 0.7)),
                List.of(new Workspace("w1", "Shop", "12345", "https://api.dashly.app")),
                "w1",
                Map.of(
                        "w1",
                        new ViewState(
                                "[{\"type\":\"and\"}]",
                                "$name",
                                "asc",
                                50,
                                List.of(new ColumnState("$email", 180.5, true)))));
    }

    @Test
    void missingFileGivesDefaultsWithoutNotice() {
        SettingsStore store = new SettingsStore(dir);
        assertEquals(AppSettings.defaults(), store.load());
        assertEquals(Optional.empty(), store.brokenFile());
    }

    @Test
    void savedSettingsReadBackEqual() {
        try (SettingsStore store = new SettingsStore(dir)) {
            store.saveSoon(sample());
            store.flush();
        }
        AppSettings loaded = new SettingsStore(dir).load();
        // NaN != NaN in record equals, so compare the window on its own
        assertTrue(Double.isNaN(loaded.window().x()));
        assertEquals(sample().window().width(), loaded.window().width());
        assertEquals(sample().window().dividers(), loaded.window().dividers());
        assertEquals(sample().workspaces(), loaded.workspaces());
        assertEquals(sample().activeWorkspaceId(), loaded.activeWorkspaceId());
        assertEquals(sample().views(), loaded.views());
    }

    @Test
    void writeLeavesOnlyTheSettingsFile() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.saveSoon(sample());
        store.flush();
        store.saveSoon(AppSettings.defaults());
        store.flush();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("settings.json")), files.toList(), "no temp file is left behind");
        }
        assertEquals(AppSettings.defaults(), new SettingsStore(dir).load());
    }

    @Test
    void changesWithinTheDelayAreWrittenOnce() throws IOException {
        SettingsStore store = new SettingsStore(dir, Duration.ofMinutes(5));
        AppSettings last = sample();
        store.saveSoon(AppSettings.defaults());
        store.update(s -> new AppSettings(s.window(), s.workspaces(), "other", s.views()));
        store.saveSoon(last);
        assertFalse(Files.exists(store.file()), "nothing is written before the delay");
        assertEquals(last, store.current());

        store.flush();
        assertEquals(1, store.writeCount());
        assertEquals(last.workspaces(), new SettingsStore(dir).load().workspaces());
        store.flush();
        assertEquals(1, store.writeCount(), "nothing pending, nothing written");
    }

    @Test
    void theDelayedWriteHappensOnItsOwn() throws Exception {
        SettingsStore store = new SettingsStore(dir, Duration.ofMillis(50));
        store.saveSoon(sample());
        store.saveSoon(sample());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (store.writeCount() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, store.writeCount());
        assertEquals(sample().workspaces(), new SettingsStore(dir).load().workspaces());
    }

    @Test
    void corruptFileGivesDefaultsIsMovedAsideAndSaysWhere() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"workspaces\": [", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(dir);

        assertEquals(AppSettings.defaults(), store.load());

        assertFalse(Files.exists(store.file()));
        List<Path> aside = brokenFiles();
        assertEquals(1, aside.size());
        assertEquals("{\"workspaces\": [", Files.readString(aside.get(0)), "the old content is kept");
        assertEquals(Optional.of(aside.get(0)), store.brokenFile().orElseThrow().keptAs());
    }

    @Test
    void invalidValuesCountAsCorrupt() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"workspaces\": [{\"name\": \"no id\"}]}");
        SettingsStore store = new SettingsStore(dir);
        assertEquals(AppSettings.defaults(), store.load());
        assertTrue(store.brokenFile().isPresent());
        assertEquals(1, brokenFiles().size());
    }

    @Test
    void unreadableFileGivesDefaultsAndANotice() throws IOException {
        // a directory where the file should be cannot be read, even by root (tests may run as root)
        Files.createDirectory(dir.resolve("settings.json"));
        SettingsStore store = new SettingsStore(dir);

        assertEquals(AppSettings.defaults(), store.load());

        assertTrue(store.brokenFile().isPresent());
        assertEquals(1, brokenFiles().size());
        store.saveSoon(sample());
        store.flush();
        assertEquals(sample().workspaces(), new SettingsStore(dir).load().workspaces(), "saving works again");
    }

    @Test
    void createsAMissingConfigDirectory() {
        Path nested = dir.resolve("a/b/lead-browser");
        SettingsStore store = new SettingsStore(nested);
        store.saveSoon(sample());
        store.flush();
        assertTrue(Files.isRegularFile(nested.resolve("settings.json")));
    }

    @Test
    void theFileNeverHoldsAToken() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.load();
        WorkspaceService service = new WorkspaceService(store, new FileTokenStore(dir));
        service.add("Shop", "12345", "https://api.dashly.app", "secret-token-123");
        store.flush();
        assertFalse(Files.readString(store.file()).contains("secret-token-123"));
    }

    @Test
    void eachBrokenFileSaysWhyAndIsKeptApartFromTheOthers() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(file, "null");
        store.load();
        assertEquals(
                JsonFileStore.BrokenReason.EMPTY,
                store.brokenFile().orElseThrow().reason());
        Files.writeString(file, "not json");
        store.load();
        assertEquals(
                JsonFileStore.BrokenReason.NOT_JSON,
                store.brokenFile().orElseThrow().reason());
        Files.writeString(file, "{\"workspaces\": [{\"id\": \"a\", \"name\": \"Sal");
        store.load();
        assertEquals(
                JsonFileStore.BrokenReason.NOT_JSON,
                store.brokenFile().orElseThrow().reason(),
                "a file cut short is not valid JSON");
        Files.writeString(file, "{\"workspaces\": 7}");
        store.load();
        assertEquals(
                JsonFileStore.BrokenReason.INVALID_VALUE,
                store.brokenFile().orElseThrow().reason());
        Files.createDirectory(file);
        store.load();
        assertEquals(
                JsonFileStore.BrokenReason.UNREADABLE,
                store.brokenFile().orElseThrow().reason());
        assertEquals(file, store.brokenFile().orElseThrow().file());
        assertEquals(5, brokenFiles().size(), "five files kept, none over another");

        store.saveSoon(sample());
        store.flush();
        assertEquals(sample().workspaces(), store.load().workspaces());
        assertEquals(Optional.empty(), store.brokenFile(), "a good file clears the notice");
    }

    private List<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("settings.json.broken-"))
                    .toList();
        }
    }
}
