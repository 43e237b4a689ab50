package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.sandbox.RecordedRequest;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The table's ViewModel against the real sandbox (12,000 leads), without the FX toolkit. */
class LeadTableViewModelTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox =
            TestSandbox.withLeads(SandboxOptions.defaults().leads());

    final LeadSelection selection = new LeadSelection();
    final RecordingClipboard clipboard = new RecordingClipboard();

    LeadTableViewModel table(TaskRunner runner) {
        return new LeadTableViewModel(sandbox.client(), runner, TimeTexts.system(), selection, clipboard);
    }

    @Test
    void firstPageShowsTwentyLeadsTheRangeAndEveryPageOfTheList() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();

        assertEquals(20, vm.getRows().size());
        assertEquals(12_000, vm.getTotal());
        assertEquals("1–20 of 12,000", vm.rangeTextProperty().get());
        assertFalse(vm.canGoBackProperty().get());
        assertTrue(vm.canGoForwardProperty().get());
        assertEquals(600, vm.pageCountProperty().get());
        assertEquals("", vm.capMessageProperty().get(), "every lead can be listed");
        assertFalse(vm.listing().isLoading());
    }

    @Test
    void lastPageIsTheTrueEndPastTheWindowAndNextIsNotOffered() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        vm.lastPage();
        sync.deliverAll();

        assertEquals(599, vm.getPageIndex());
        assertEquals("11,981–12,000 of 12,000", vm.rangeTextProperty().get());
        assertFalse(vm.canGoForwardProperty().get());
        int requestsBefore = sandbox.server().requests().count();
        vm.nextPage();
        sync.deliverAll();
        assertEquals(requestsBefore, sandbox.server().requests().count(), "no request past the end");
        assertEquals(599, vm.getPageIndex());
        assertEquals("", vm.listing().errorMessageProperty().get());
    }

    @Test
    void theCardKeepsItsLeadThroughAReloadAndTheRowIsMarkedAgainWhenStillShown() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        LeadRowViewModel third = vm.getRows().get(2);
        vm.select(third);
        sync.deliverAll();

        vm.getRows().addListener((javafx.collections.ListChangeListener<LeadRowViewModel>) change -> vm.select(null));
        vm.setPageSize(50); // same first page, more rows; the table drops its selection as the rows change
        sync.deliverAll();

        assertEquals(third.summary().id(), selection.getSelected().id(), "the card still shows the lead");
        assertEquals(third.summary().id(), vm.reselectProperty().get().summary().id());

        vm.nextPage();
        sync.deliverAll();
        assertEquals(third.summary().id(), selection.getSelected().id(), "kept even when off the page");
        assertEquals(null, vm.reselectProperty().get());

        vm.select(null);
        sync.deliverAll();
        assertEquals(null, selection.getSelected(), "the user can still clear it");
    }

    @Test
    void pagesMoveForwardBackAndToTheFirstWithinBounds() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        vm.nextPage();
        sync.deliverAll();
        vm.nextPage();
        sync.deliverAll();
        assertEquals(2, vm.getPageIndex());
        assertEquals("41–60 of 12,000", vm.rangeTextProperty().get());
        vm.previousPage();
        sync.deliverAll();
        assertEquals(1, vm.getPageIndex());
        vm.firstPage();
        sync.deliverAll();
        assertEquals(0, vm.getPageIndex());
        vm.previousPage();
        sync.deliverAll();
        assertEquals(0, vm.getPageIndex());
        assertFalse(vm.canGoBackProperty().get());
    }

    @Test
    void pageSizeFiftyKeepsTheFirstLeadInViewAndHasTwoHundredFortyPages() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        vm.goToPage(5); // leads 101–120
        sync.deliverAll();
        vm.setPageSize(50);
        sync.deliverAll();
        assertEquals(2, vm.getPageIndex()); // leads 101–150
        assertEquals("101–150 of 12,000", vm.rangeTextProperty().get());
        assertEquals(240, vm.pageCountProperty().get());
        vm.lastPage();
        sync.deliverAll();
        assertEquals("11,951–12,000 of 12,000", vm.rangeTextProperty().get());
    }

    @Test
    void aFilterShowsTheSandboxTotalAndTheLastPageEndsAtIt() {
        Filter filter = Filter.and(Conditions.number("$sessions", app.leadbrowser.client.filter.Operator.GT, 40));
        long expected = sandbox.server().workspace().leads().stream()
                .filter(lead -> FilterEvaluator.matches(filter, lead.props(), Instant.now()))
                .count();
        LeadTableViewModel vm = table(sync);
        vm.setFilter(filter);
        sync.deliverAll();

        assertEquals(expected, vm.getTotal());
        assertEquals("", vm.capMessageProperty().get());
        vm.lastPage();
        sync.deliverAll();
        assertEquals((expected - 1) / 20, vm.getPageIndex());
        assertFalse(vm.canGoForwardProperty().get());
        assertEquals(expected - (expected - 1) / 20 * 20, vm.getRows().size());
    }

    @Test
    void aLeadAddedAtTheTopIsNotShownTwiceOnTheNextPage() throws Exception {
        try (SandboxServer own = SandboxServer.start(SandboxOptions.defaults().withLeads(200));
                DashlyClient ownClient = SandboxClients.withoutRetries(own)) {
            ManualTaskRunner runner = new ManualTaskRunner();
            LeadTableViewModel vm = new LeadTableViewModel(ownClient, runner, TimeTexts.system(), selection, clipboard);
            vm.refresh();
            runner.complete(0); // page 1 lands; the prefetch of page 2 is started
            Set<String> firstPage = ids(vm);

            own.insertLeadAtTop(); // shifts the list: the last lead of page 1 becomes the first of page 2
            vm.nextPage(); // waits for the prefetch, which reaches the server only now
            runner.completeAll();

            assertEquals(19, vm.getRows().size());
            assertEquals(1, vm.duplicatesHiddenProperty().get());
            assertTrue(ids(vm).stream().noneMatch(firstPage::contains));
        }
    }

    @Test
    void aResultThatArrivesAfterTheUserMovedOnIsDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel vm = table(runner);
        vm.refresh();
        runner.completeAll();
        Set<String> firstPage = ids(vm);

        vm.goToPage(3); // task 0: page 4 (neither cached nor prefetched)
        vm.goToPage(2); // task 1: page 3; page 4 is cancelled
        assertTrue(runner.isCancelled(0));
        runner.complete(1);
        Set<String> thirdPage = ids(vm);
        runner.complete(0); // the stale page 4 arrives late anyway

        assertEquals(2, vm.getPageIndex());
        assertEquals(thirdPage, ids(vm));
        assertTrue(thirdPage.stream().noneMatch(firstPage::contains));
        assertFalse(vm.listing().isLoading());
    }

    @Test
    void serverSortFollowsTheHeaderAndFlipsOnTheSecondClick() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        vm.sortBy("$name");
        sync.deliverAll();
        assertEquals(SortOrder.ASC, vm.listing().sortOrderProperty().get());
        assertEquals("$name", lastRequest().param("sort_prop"));
        assertEquals("asc", lastRequest().param("sort_order"));
        List<String> names = vm.getRows().stream().map(LeadRowViewModel::name).collect(Collectors.toList());

        vm.sortBy("$name");
        sync.deliverAll();
        assertEquals(SortOrder.DESC, vm.listing().sortOrderProperty().get());
        assertEquals("desc", lastRequest().param("sort_order"));
        assertFalse(
                names.equals(vm.getRows().stream().map(LeadRowViewModel::name).collect(Collectors.toList())));
        assertEquals(0, vm.getPageIndex());
    }

    @Test
    void aServerErrorShowsTheMessageKeepsTheRowsAndRetryRecovers() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        Set<String> firstPage = ids(vm);

        sandbox.server().faults().enqueue(Fault.status(500));
        vm.goToPage(2); // the next page was prefetched; this one is not
        sync.deliverAll();

        assertFalse(vm.listing().errorMessageProperty().get().isEmpty());
        assertFalse(vm.listing().errorMessageProperty().get().contains("Exception"));
        assertEquals(firstPage, ids(vm));
        assertEquals(0, vm.getPageIndex());
        vm.refresh();
        sync.deliverAll();
        assertEquals("", vm.listing().errorMessageProperty().get());
        assertEquals(2, vm.getPageIndex());
    }

    @Test
    void theViewStateRoundTripsFilterSortPageSizeAndColumns() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        vm.setFilter(Filter.and(Conditions.known("$email")));
        sync.deliverAll();
        vm.sortBy("$sessions");
        sync.deliverAll();
        vm.setPageSize(50);
        sync.deliverAll();
        vm.columns().addColumn("$region");
        sync.deliverAll();
        vm.columns().setColumnVisible("$phone", false);
        sync.deliverAll();
        ViewState kept = vm.currentViewState();

        LeadTableViewModel restored = table(sync);
        restored.applyViewState(kept);
        sync.deliverAll();

        assertEquals(kept, restored.currentViewState());
        assertEquals(50, restored.getRows().size());
        assertTrue(
                restored.columns().getColumns().stream().anyMatch(c -> c.key().equals("$region")));
    }

    @Test
    void copyingACellAndARow() {
        LeadTableViewModel vm = table(sync);
        vm.refresh();
        sync.deliverAll();
        LeadRowViewModel row = vm.getRows().get(0);
        LeadColumn email = LeadColumns.forKey("$email");

        vm.copyCell(row, email);
        sync.deliverAll();
        assertEquals(PropValues.text(row.summary().prop("$email")), clipboard.last());
        vm.copyRow(row);
        sync.deliverAll();
        assertTrue(clipboard.last().startsWith(row.name() + "\t"));
    }

    private static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = sandbox.server().requests().all();
        return requests.get(requests.size() - 1);
    }

    private static Set<String> ids(LeadTableViewModel vm) {
        return vm.getRows().stream().map(LeadRowViewModel::id).collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void whileTheFirstPageLoadsTheTableSaysItIsLoadingNotThatNoLeadMatches() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel vm = table(runner);
        assertEquals("Loading leads…", vm.placeholderProperty().get(), "before the first request");
        vm.refresh();
        assertEquals("Loading leads…", vm.placeholderProperty().get());
        runner.complete(0);
        assertEquals("No leads match this filter", vm.placeholderProperty().get());
    }

    @Test
    void aFailedPrefetchTheUserThenWaitsForIsReportedNotAskedAgain() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel vm = table(runner);
        vm.refresh();
        runner.complete(0); // page 1 shows; the prefetch of page 2 is started
        sandbox.server().faults().enqueue(Fault.status(500));
        vm.nextPage(); // the user waits for page 2
        runner.completeAll(); // the prefetch meets the fault

        assertFalse(vm.listing().errorMessageProperty().get().isEmpty());
        long pageTwoRequests = sandbox.server().requests().all().stream()
                .filter(request -> "20".equals(request.param("offset")))
                .count();
        assertEquals(1, pageTwoRequests, "one user action, one request (the client's own tries aside)");
    }
}
