package app.leadbrowser.ui.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Online now view's ViewModel against the real sandbox, without the FX toolkit or waiting. */
class OnlineNowViewModelTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(1000);

    final ManualRepeater repeater = new ManualRepeater();
    final LeadSelection selection = new LeadSelection();

    OnlineNowViewModel online(TaskRunner runner) {
        return new OnlineNowViewModel(sandbox.client(), runner, TimeTexts.system(), repeater, selection);
    }

    static Set<String> onSiteIds() {
        return sandbox.server().workspace().leads().stream()
                .filter(lead -> lead.presence() == Presence.ONLINE || lead.presence() == Presence.IDLE)
                .map(LeadSummary::id)
                .collect(Collectors.toSet());
    }

    @Test
    void showingTheViewListsTheLeadsOnTheSiteOnlineFirst() {
        OnlineNowViewModel vm = online(sync);
        assertTrue(vm.getRows().isEmpty(), "nothing is asked before the view is shown");

        vm.setVisible(true);
        sync.deliverAll();

        List<OnlineLeadRowViewModel> rows = vm.getRows();
        assertEquals(onSiteIds(), rows.stream().map(OnlineLeadRowViewModel::id).collect(Collectors.toSet()));
        int firstIdle = (int)
                rows.stream().filter(row -> row.presence() == Presence.ONLINE).count();
        assertTrue(firstIdle > 0 && firstIdle < rows.size());
        rows.subList(0, firstIdle).forEach(row -> assertEquals(Presence.ONLINE, row.presence()));
        sync.deliverAll();
        rows.subList(firstIdle, rows.size()).forEach(row -> assertEquals(Presence.IDLE, row.presence()));
        sync.deliverAll();
        for (int i = 1; i < firstIdle; i++) {
            assertFalse(seen(rows.get(i - 1)).isBefore(seen(rows.get(i))), "most recently seen first");
        }
        assertTrue(
                vm.summaryProperty().get().startsWith(firstIdle + " online, "),
                vm.summaryProperty().get());
        assertFalse(rows.get(0).name().isEmpty());
        assertFalse(rows.get(0).lastSeen().isEmpty());
    }

    static java.time.Instant seen(OnlineLeadRowViewModel row) {
        return PropValues.instant(row.lead().prop("$last_seen")).orElseThrow();
    }

    @Test
    void autoRefreshRunsEvery30SecondsOnlyWhileVisible() {
        ManualTaskRunner runner = new ManualTaskRunner();
        OnlineNowViewModel vm = online(runner);
        assertFalse(repeater.isRunning());

        vm.setVisible(true);
        assertTrue(repeater.isRunning());
        assertEquals(Duration.ofSeconds(30), repeater.interval());
        runner.completeAll();

        repeater.tick();
        assertEquals(1, runner.pendingCount(), "a tick refreshes");
        repeater.tick();
        assertEquals(1, runner.pendingCount(), "not twice while the last refresh is still running");
        runner.completeAll();

        vm.setVisible(false);
        assertFalse(repeater.isRunning());
        assertFalse(vm.autoRefreshRunningProperty().get());
        vm.setVisible(true);
        assertTrue(repeater.isRunning());
        assertEquals(1, runner.pendingCount(), "shown again: refreshed at once");
    }

    @Test
    void turningAutoRefreshOffStopsItAndOnStartsIt() {
        OnlineNowViewModel vm = online(sync);
        vm.setVisible(true);
        sync.deliverAll();
        vm.autoRefreshProperty().set(false);
        sync.deliverAll();
        assertFalse(repeater.isRunning());
        vm.autoRefreshProperty().set(true);
        sync.deliverAll();
        assertTrue(repeater.isRunning());

        vm.setVisible(false);
        sync.deliverAll();
        vm.autoRefreshProperty().set(false);
        sync.deliverAll();
        vm.autoRefreshProperty().set(true);
        sync.deliverAll();
        assertFalse(repeater.isRunning(), "never while hidden");
    }

    @Test
    void aFailureKeepsTheRowsAndPausesAutoRefreshUntilRetry() {
        OnlineNowViewModel vm = online(sync);
        vm.setVisible(true);
        sync.deliverAll();
        List<OnlineLeadRowViewModel> before = List.copyOf(vm.getRows());

        sandbox.server().faults().enqueue(Fault.status(500));
        repeater.tick();
        sync.deliverAll();

        assertEquals(before, vm.getRows());
        assertFalse(vm.errorMessageProperty().get().isEmpty());
        assertFalse(vm.errorMessageProperty().get().contains("Exception"), "a sentence, not a trace");
        assertTrue(vm.autoRefreshPausedProperty().get());
        assertFalse(repeater.isRunning(), "a failing server is not asked every 30 s");
        assertTrue(vm.autoRefreshProperty().get(), "the user's choice stays");

        vm.retry();
        sync.deliverAll();
        assertEquals("", vm.errorMessageProperty().get());
        assertFalse(vm.autoRefreshPausedProperty().get());
        assertTrue(repeater.isRunning());
        assertEquals(before.size(), vm.getRows().size());
    }

    @Test
    void anAnswerThatCameTooLateIsDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        OnlineNowViewModel vm = online(runner);
        vm.setVisible(true);
        vm.refresh(); // the user asks again before the first answer
        assertTrue(runner.isCancelled(0));
        runner.complete(0); // the first (cancelled with its HTTP call): dropped
        assertEquals("", vm.errorMessageProperty().get());
        assertTrue(vm.getRows().isEmpty());
        assertTrue(vm.loadingProperty().get());
        runner.complete(0);
        assertEquals(onSiteIds().size(), vm.getRows().size());

        vm.refresh();
        vm.setVisible(false); // closed while loading
        runner.complete(0);
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void selectingALeadShowsWhereItIsAsText() {
        OnlineNowViewModel vm = online(sync);
        vm.setVisible(true);
        sync.deliverAll();
        assertEquals(
                "Select a lead to see where it is on the site",
                vm.detailsNoteProperty().get());
        OnlineLeadRowViewModel row = vm.getRows().get(0);

        vm.select(row);
        sync.deliverAll();

        Lead lead = sandbox.server().workspace().lead(row.id()).orElseThrow();
        assertEquals("", vm.detailsNoteProperty().get());
        assertEquals(
                lead.presenceDetails().get("page"), vm.detailsPageProperty().get());
        assertEquals(lead.presenceDetails().get("url"), vm.detailsUrlProperty().get());
        assertTrue(
                vm.detailsSessionProperty().get().startsWith("started "),
                vm.detailsSessionProperty().get());
    }

    @Test
    void theSelectionSurvivesARefresh() {
        OnlineNowViewModel vm = online(sync);
        vm.setVisible(true);
        sync.deliverAll();
        OnlineLeadRowViewModel row = vm.getRows().get(3);
        vm.select(row);
        sync.deliverAll();
        vm.refresh();
        sync.deliverAll();
        assertEquals(row.id(), vm.selectedProperty().get().id());
        assertSame(vm.getRows().get(3), vm.selectedProperty().get(), "the row of the fresh list");
        assertFalse(vm.detailsPageProperty().get().isEmpty());
    }

    @Test
    void aRefreshKeepsTheDetailsShownWhileItAsksAgain() {
        ManualTaskRunner runner = new ManualTaskRunner();
        OnlineNowViewModel vm = online(runner);
        vm.setVisible(true);
        runner.completeAll();
        vm.select(vm.getRows().get(0));
        runner.completeAll();
        String page = vm.detailsPageProperty().get();
        assertFalse(page.isEmpty());

        repeater.tick();
        runner.complete(0); // the list
        assertEquals(1, runner.pendingCount(), "the details are asked again");
        assertEquals(page, vm.detailsPageProperty().get(), "and stay shown meanwhile, without a flash");
        assertEquals("", vm.detailsNoteProperty().get());
        vm.select(null);
        assertEquals("", vm.detailsPageProperty().get());
    }

    @Test
    void detailsOfALeadNoLongerSelectedAreDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        OnlineNowViewModel vm = online(runner);
        vm.setVisible(true);
        runner.completeAll();
        vm.select(vm.getRows().get(0));
        vm.select(vm.getRows().get(1));
        runner.complete(0); // the first lead's details, too late
        assertEquals("Loading where the lead is…", vm.detailsNoteProperty().get());
        runner.complete(0);
        Lead second =
                sandbox.server().workspace().lead(vm.getRows().get(1).id()).orElseThrow();
        assertEquals(
                second.presenceDetails().get("url"), vm.detailsUrlProperty().get());
    }

    @Test
    void openingALeadShowsItsCard() {
        OnlineNowViewModel vm = online(sync);
        vm.setVisible(true);
        sync.deliverAll();
        OnlineLeadRowViewModel row = vm.getRows().get(2);
        vm.open(row);
        sync.deliverAll();
        assertEquals(row.id(), selection.getSelected().id());
    }

    @Test
    void closingStopsEverything() {
        ManualTaskRunner runner = new ManualTaskRunner();
        OnlineNowViewModel vm = online(runner);
        vm.setVisible(true);
        vm.close();
        assertFalse(repeater.isRunning());
        runner.completeAll();
        assertTrue(vm.getRows().isEmpty(), "the answer after closing is dropped");
        assertNull(vm.selectedProperty().get());
    }
}
