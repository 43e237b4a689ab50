package app.leadbrowser.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Lead;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.ui.common.TimeTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent leads list: newest first, 20 at most, per workspace, kept in its own file across restarts. */
class RecentLeadsViewModelTest {
    static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");

    @TempDir
    Path configDir;

    final TimeTexts times = new TimeTexts(Clock.fixed(NOW, ZoneOffset.UTC));

    static Lead lead(String id, String name, String email) {
        return new Lead(
                id,
                null,
                null,
                null,
                Map.of("$name", name, "$email", email),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void keepsTheLastTwentyNewestFirstAndMovesAReopenedLeadToTheTop() {
        RecentLeadsViewModel recents =
                new RecentLeadsViewModel("ws", PerWorkspaceStore.inMemory(RecentLeadsFile.STORE), times);
        IntStream.rangeClosed(1, 25).forEach(i -> recents.record(lead("id" + i, "Lead " + i, "l" + i + "@x.io")));
        assertEquals(RecentLeadsViewModel.LIMIT, recents.getLeads().size());
        assertEquals("id25", recents.getLeads().get(0).id());
        assertEquals("id6", recents.getLeads().get(19).id());

        recents.record(lead("id10", "Lead 10", "l10@x.io"));
        assertEquals("id10", recents.getLeads().get(0).id());
        assertEquals(20, recents.getLeads().size());
        assertEquals(
                1,
                recents.getLeads().stream().filter(r -> r.id().equals("id10")).count());
    }

    @Test
    void theListIsKeptPerWorkspaceAcrossRestarts() {
        PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> store =
                PerWorkspaceStore.load(configDir, RecentLeadsFile.STORE);
        RecentLeadsViewModel first = new RecentLeadsViewModel("ws-a", store, times);
        first.record(lead("1", "Anna Smith", "anna@x.io"));
        first.record(lead("2", "Boris", ""));
        new RecentLeadsViewModel("ws-b", store, times).record(lead("3", "Carl", "carl@x.io"));
        store.close();
        assertTrue(Files.exists(configDir.resolve(RecentLeadsFile.FILE_NAME)));

        PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> reread =
                PerWorkspaceStore.load(configDir, RecentLeadsFile.STORE);
        RecentLeadsViewModel again = new RecentLeadsViewModel("ws-a", reread, times);
        assertEquals(
                List.of("2", "1"), again.getLeads().stream().map(RecentLead::id).toList());
        assertEquals(
                List.of("3"),
                new RecentLeadsViewModel("ws-b", reread, times)
                        .getLeads().stream().map(RecentLead::id).toList());
        reread.close();
    }

    @Test
    void anEntryReadsNameEmailAndWhen() {
        RecentLeadsViewModel recents =
                new RecentLeadsViewModel("ws", PerWorkspaceStore.inMemory(RecentLeadsFile.STORE), times);
        recents.record(lead("7", "Anna Smith", "anna@x.io"));
        recents.record(lead("8", "", ""));
        String now = times.relative(NOW);
        assertEquals("Lead 8  ·  " + now, recents.describe(recents.getLeads().get(0)));
        assertEquals(
                "Anna Smith  ·  anna@x.io  ·  " + now,
                recents.describe(recents.getLeads().get(1)));
    }
}
