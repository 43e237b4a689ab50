package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.merge.LeadOrder;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The table and the walk past the API's 10,000-lead window, on a 30,000-lead sandbox, without the FX toolkit. */
class LeadTableDeepTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(30_000);

    final SyncTaskRunner sync = new SyncTaskRunner();
    final LeadSelection selection = new LeadSelection();

    LeadTableViewModel table() {
        LeadTableViewModel vm =
                new LeadTableViewModel(sandbox.client(), sync, TimeTexts.system(), selection, new RecordingClipboard());
        vm.refresh();
        sync.deliverAll();
        return vm;
    }

    /** The ids of the last {@code count} leads of the sandbox in the given order, as its evaluator sorts them. */
    static List<String> lastIds(String sortProp, SortOrder order, int count) {
        List<LeadSummary> all = new ArrayList<>(sandbox.server().workspace().leads());
        all.sort(LeadOrder.of(sortProp, order));
        return all.subList(all.size() - count, all.size()).stream()
                .map(LeadSummary::id)
                .toList();
    }

    static List<String> shownIds(LeadTableViewModel vm) {
        return vm.getRows().stream().map(row -> row.summary().id()).toList();
    }

    @Test
    void lastGoesToTheTrueEndUnderTheDefaultOrder() {
        LeadTableViewModel vm = table();
        assertEquals("1–20 of 30,000", vm.rangeTextProperty().get());
        assertEquals(1_500, vm.pageCountProperty().get());
        assertEquals("", vm.capMessageProperty().get());

        int before = sandbox.server().requests().count();
        vm.lastPage();
        sync.deliverAll();

        assertEquals(1_499, vm.getPageIndex());
        assertEquals("29,981–30,000 of 30,000", vm.rangeTextProperty().get());
        assertEquals(lastIds("$last_seen", SortOrder.DESC, 20), shownIds(vm));
        assertFalse(vm.canGoForwardProperty().get());
        assertEquals("", vm.capMessageProperty().get(), "every lead is reached: no cap claimed");
        int jump = sandbox.server().requests().count() - before;
        System.out.println("jump from page 1 to page 1,500 of 30,000: " + jump + " requests");
        assertTrue(jump <= 20, "a few requests per window before the page, not a read-through (600): " + jump);
    }

    @Test
    void lastGoesToTheTrueEndUnderANumberSort() {
        LeadTableViewModel vm = table();
        vm.setSort("$sessions", SortOrder.DESC);
        sync.deliverAll();
        vm.lastPage();
        sync.deliverAll();

        assertEquals(1_499, vm.getPageIndex());
        assertEquals("29,981–30,000 of 30,000", vm.rangeTextProperty().get());
        assertEquals(lastIds("$sessions", SortOrder.DESC, 20), shownIds(vm));
        assertEquals("", vm.capMessageProperty().get());
    }

    @Test
    void pagesOfTheFirstWindowCostOneRequestEach() {
        LeadTableViewModel vm = table();
        int before = sandbox.server().requests().count();
        vm.goToPage(7);
        sync.deliverAll();
        assertEquals(2, sandbox.server().requests().count() - before, "the page and the prefetch of the next");

        before = sandbox.server().requests().count();
        vm.nextPage();
        sync.deliverAll();
        assertEquals(1, sandbox.server().requests().count() - before, "the page was prefetched; the next one is");
    }

    @Test
    void theWalkCrossesTheTenThousandthLead() {
        LeadTableViewModel vm = table();
        LeadWalkViewModel walk = new LeadWalkViewModel(vm.listing(), selection);
        vm.setPageSize(50);
        sync.deliverAll();
        vm.goToPage(199);
        sync.deliverAll();
        LeadRowViewModel last = vm.getRows().get(vm.getRows().size() - 1);
        vm.select(last);
        assertEquals("Lead 10,000 of 30,000", walk.getPositionText());

        walk.next();
        sync.deliverAll();

        assertNotEquals(last.summary().id(), selection.getSelected().id());
        assertEquals("Lead 10,001 of 30,000", walk.getPositionText());
        assertEquals(200, vm.getPageIndex());
        assertEquals("", walk.getMessage());
    }

    @Test
    void aTextSortSaysHonestlyHowManyLeadsAreOutOfReachAndWhatReachesThem() {
        LeadTableViewModel vm = table();
        vm.setSort("$email", SortOrder.ASC);
        sync.deliverAll();
        vm.lastPage();
        sync.deliverAll();

        assertEquals(499, vm.getPageIndex(), "the last page a request reaches");
        assertEquals("9,981–10,000 of 30,000", vm.rangeTextProperty().get());
        assertFalse(vm.canGoForwardProperty().get());
        String cap = vm.capMessageProperty().get();
        assertTrue(cap.startsWith("20,000 of 30,000 leads are out of reach"), cap);
        assertTrue(cap.contains("Sort by a date or a number to reach them all"), cap);
        assertFalse(cap.contains("Export"), cap);
        assertEquals("", vm.getErrorMessage());
    }
}
