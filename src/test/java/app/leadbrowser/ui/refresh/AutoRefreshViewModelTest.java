package app.leadbrowser.ui.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.settings.PreferencesStore;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualScheduler;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.refresh.AutoRefreshViewModel.State;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Auto-refresh of the visible page against the real sandbox, on a clock the test moves: nothing waits. */
class AutoRefreshViewModelTest {
    static final Duration HALF_MINUTE = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(60);

    final ManualScheduler clock = new ManualScheduler();
    final AutoRefreshViewModel autoRefresh = new AutoRefreshViewModel(clock);
    final SyncTaskRunner sync = new SyncTaskRunner();

    /** Moves the clock a second at a time, each load's answer landing before the next second. */
    void advance(Duration duration) {
        for (long second = 0; second < duration.toSeconds(); second++) {
            clock.advance(Duration.ofSeconds(1));
            sync.deliverAll();
        }
    }

    static LeadTableViewModel table(TaskRunner runner) {
        return new LeadTableViewModel(
                sandbox.client(), runner, TimeTexts.system(), new LeadSelection(), new RecordingClipboard());
    }

    /** Requests for the first page of the list: the page shown (the next one is prefetched as well). */
    static long firstPageLoads() {
        return sandbox.server().requests().all().stream()
                .filter(request -> request.path().endsWith("/users") && "0".equals(request.param("offset")))
                .count();
    }

    @Test
    void offByDefault() {
        LeadTableViewModel table = table(sync);
        table.refresh();
        sync.deliverAll();
        autoRefresh.follow(table.listing());
        long before = firstPageLoads();
        advance(Duration.ofHours(1));
        assertEquals(before, firstPageLoads());
        assertEquals(State.OFF, autoRefresh.getState());
        assertEquals("", autoRefresh.statusTextProperty().get());
    }

    @Test
    void reloadsThePageEveryIntervalAfterTheLastLoad() {
        LeadTableViewModel table = table(sync);
        table.refresh();
        sync.deliverAll();
        autoRefresh.follow(table.listing());
        autoRefresh.setInterval(HALF_MINUTE);
        long before = firstPageLoads();

        advance(Duration.ofSeconds(29));
        assertEquals(before, firstPageLoads());
        advance(Duration.ofSeconds(1));
        assertEquals(before + 1, firstPageLoads());
        advance(HALF_MINUTE.multipliedBy(3));
        assertEquals(before + 4, firstPageLoads());
        assertEquals(State.WAITING, autoRefresh.getState());
        assertEquals("Auto-refresh every 30 s", autoRefresh.statusTextProperty().get());
    }

    @Test
    void aLoadTheUserAskedForPutsTheNextRefreshOff() {
        LeadTableViewModel table = table(sync);
        table.refresh();
        sync.deliverAll();
        autoRefresh.follow(table.listing());
        autoRefresh.setInterval(HALF_MINUTE);
        long before = firstPageLoads();
        advance(Duration.ofSeconds(20));
        table.refresh(); // F5
        sync.deliverAll();
        advance(Duration.ofSeconds(20));
        assertEquals(before + 1, firstPageLoads(), "only the user's reload so far");
        advance(Duration.ofSeconds(10));
        assertEquals(before + 2, firstPageLoads(), "30 s after the user's reload");
    }

    @Test
    void neverASecondRequestWhileOneIsInFlight() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel table = table(runner);
        autoRefresh.follow(table.listing());
        autoRefresh.setInterval(HALF_MINUTE);
        table.refresh(); // a slow load: still in flight when the interval is up
        sync.deliverAll();
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, runner.pendingCount());
        runner.complete(0);
        assertEquals(State.WAITING, autoRefresh.getState());
        assertEquals(1, clock.waiting());
    }

    @Test
    void pausesWhileTheWindowIsHidden() {
        LeadTableViewModel table = table(sync);
        table.refresh();
        sync.deliverAll();
        autoRefresh.follow(table.listing());
        autoRefresh.setInterval(HALF_MINUTE);
        autoRefresh.setWindowShown(false);
        long before = firstPageLoads();
        advance(Duration.ofMinutes(10));
        assertEquals(before, firstPageLoads());
        assertEquals(State.PAUSED_HIDDEN, autoRefresh.getState());

        autoRefresh.setWindowShown(true);
        advance(HALF_MINUTE);
        assertEquals(before + 1, firstPageLoads());
    }

    @Test
    void pausesWhileLoadsFailUntilOneWorksAgain() {
        LeadTableViewModel table = table(sync);
        table.refresh();
        sync.deliverAll();
        autoRefresh.follow(table.listing());
        autoRefresh.setInterval(HALF_MINUTE);
        sandbox.server().faults().enqueue(Fault.status(503));
        advance(HALF_MINUTE);
        assertEquals(State.PAUSED_FAILING, autoRefresh.getState());
        assertEquals(
                "Auto-refresh paused: the last load failed",
                autoRefresh.statusTextProperty().get());
        long failedAt = sandbox.server().requests().count();
        advance(Duration.ofHours(1));
        assertEquals(failedAt, sandbox.server().requests().count(), "no request while failing");

        table.refresh(); // the user's Retry works

        sync.deliverAll();
        assertEquals(State.WAITING, autoRefresh.getState());
        long before = firstPageLoads();
        advance(HALF_MINUTE);
        assertEquals(before + 1, firstPageLoads());
    }

    @Test
    void waitsAtLeastWhatTheRateLimitAsks() {
        LeadTableViewModel table = table(sync);
        table.refresh();
        sync.deliverAll();
        autoRefresh.follow(table.listing());
        autoRefresh.setInterval(HALF_MINUTE);
        sandbox.server().faults().enqueue(Fault.rateLimited(Duration.ofSeconds(120)));
        advance(HALF_MINUTE);
        assertEquals(State.WAITING_FOR_RATE_LIMIT, autoRefresh.getState());
        long limitedAt = firstPageLoads();
        advance(Duration.ofSeconds(119));
        assertEquals(limitedAt, firstPageLoads(), "not before Retry-After");
        advance(Duration.ofSeconds(1));
        assertEquals(limitedAt + 1, firstPageLoads());
        assertEquals(State.WAITING, autoRefresh.getState());
    }

    @Test
    void followsTheVisibleTableOnly() {
        LeadTableViewModel first = table(sync);
        LeadTableViewModel second = table(sync);
        first.refresh();
        sync.deliverAll();
        second.refresh();
        sync.deliverAll();
        autoRefresh.setInterval(HALF_MINUTE);
        autoRefresh.follow(first.listing());
        autoRefresh.follow(second.listing());
        java.time.Instant firstLoaded = first.listing().lastLoadedAtProperty().get();
        advance(HALF_MINUTE);
        assertEquals(
                firstLoaded, first.listing().lastLoadedAtProperty().get(), "the table no longer shown stays as it was");
        assertEquals(1, clock.waiting());
    }

    @Test
    void theIntervalIsKept(@TempDir Path configDir) {
        PreferencesStore store = new PreferencesStore(configDir, Duration.ofMillis(10));
        store.load();
        autoRefresh.attach(store);
        autoRefresh.setInterval(Duration.ofMinutes(5));
        store.close();

        PreferencesStore reopened = new PreferencesStore(configDir);
        assertEquals(300, reopened.load().autoRefreshSeconds());
        AutoRefreshViewModel next = new AutoRefreshViewModel(clock);
        next.attach(reopened);
        assertEquals(Duration.ofMinutes(5), next.intervalProperty().get());
        assertTrue(
                AutoRefreshViewModel.INTERVALS.contains(next.intervalProperty().get()));
    }
}
