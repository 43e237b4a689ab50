package app.leadbrowser.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preferences and the language, each in its own file: what is saved comes back, what is missing is defaulted. */
class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedPreferencesReadBackEqual() {
        Preferences chosen =
                Preferences.defaults().withTheme("dark").withDensity("compact").withAutoRefreshSeconds(60);
        try (PreferencesStore store = new PreferencesStore(dir, Duration.ofMinutes(5))) {
            store.saveSoon(chosen);
        }
        PreferencesStore reopened = new PreferencesStore(dir);
        assertEquals(chosen, reopened.load());
        assertEquals(new Preferences("dark", "compact", 60, "csv", false), reopened.current());
        assertEquals(dir.resolve(PreferencesStore.FILE_NAME), reopened.file());
    }

    @Test
    void missingFieldsAndANegativeIntervalGetTheirDefaults() throws IOException {
        Files.writeString(
                dir.resolve(PreferencesStore.FILE_NAME), "{\"autoRefreshSeconds\": -5}", StandardCharsets.UTF_8);
        PreferencesStore store = new PreferencesStore(dir);
        assertEquals(new Preferences("system", "comfortable", 0, "csv", false), store.load());
        assertEquals(Optional.empty(), store.brokenFile());
        assertEquals(Preferences.defaults(), new PreferencesStore(dir.resolve("none")).load());
    }

    @Test
    void eachWithChangesOnlyItsOwnPreference() {
        Preferences start = new Preferences("light", "compact", 30, "csv", false);
        assertEquals(new Preferences("dark", "compact", 30, "csv", false), start.withTheme("dark"));
        assertEquals(new Preferences("light", "comfortable", 30, "csv", false), start.withDensity("comfortable"));
        assertEquals(new Preferences("light", "compact", 0, "csv", false), start.withAutoRefreshSeconds(-1));
    }

    @Test
    void theLanguageIsKeptInItsOwnFileAndBlankMeansTheSystems() throws IOException {
        try (LanguageStore store = new LanguageStore(dir)) {
            store.saveSoon(new LanguageSetting("ru"));
        }
        assertEquals(new LanguageSetting("ru"), new LanguageStore(dir).load());
        assertEquals(dir.resolve(LanguageStore.FILE_NAME), new LanguageStore(dir).file());

        Files.writeString(dir.resolve(LanguageStore.FILE_NAME), "{\"language\": \" \"}", StandardCharsets.UTF_8);
        assertEquals(LanguageSetting.SYSTEM, new LanguageStore(dir).load().language());
        assertEquals(LanguageSetting.SYSTEM, new LanguageSetting(null).language());
        assertEquals(LanguageSetting.SYSTEM, LanguageSetting.defaults().language());
    }
}
