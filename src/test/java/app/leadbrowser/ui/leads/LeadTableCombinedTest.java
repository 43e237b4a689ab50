package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.RecordedRequest;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The table listing an OR of AND-groups: one listing per group, merged on this computer, with the exact total from the
 * groups' and their intersection's totals; one group stays exactly one listing as before. Against a sandbox of 1,500
 * leads, without the FX toolkit.
 */
class LeadTableCombinedTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    static final Filter MOSCOW = Filter.and(
            Conditions.text("$city", Operator.STR_EQ, "Moscow"), Conditions.number("$sessions", Operator.GT, 20));
    static final Filter ACTIVE = Filter.and(Conditions.number("$sessions", Operator.GT, 80));
    static final FilterGroups EITHER = new FilterGroups(List.of(MOSCOW, ACTIVE));

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(1_500);

    LeadTableViewModel table(TaskRunner runner) {
        return new LeadTableViewModel(
                sandbox.client(), runner, TimeTexts.system(), new LeadSelection(), new RecordingClipboard());
    }

    @Test
    void twoGroupsListTheMergeOfTwoListingsWithTheExactTotal() throws Exception {
        List<String> expected = expected(EITHER, "$last_seen", SortOrder.DESC);
        int before = sandbox.server().requests().count();
        LeadTableViewModel vm = table(sync);

        vm.setFilterGroups(EITHER);
        sync.deliverAll();

        assertEquals(expected.subList(0, 20), shownIds(vm));
        assertEquals(expected.size(), vm.getTotal());
        assertTrue(expected.size() < total(MOSCOW) + total(ACTIVE), "the groups overlap");
        assertEquals("1–20 of " + expected.size(), vm.rangeTextProperty().get());
        assertEquals(EITHER, vm.listing().getFilterGroups());
        List<String> sent =
                sandbox
                        .server()
                        .requests()
                        .all()
                        .subList(before, sandbox.server().requests().count())
                        .stream()
                        .map(r -> r.param("filters"))
                        .distinct()
                        .toList();
        Filter both = new Filter(
                Junction.AND,
                List.of(
                        MOSCOW.conditions().get(0),
                        MOSCOW.conditions().get(1),
                        ACTIVE.conditions().get(0)));
        assertEquals(
                List.of(FilterJson.write(MOSCOW), FilterJson.write(ACTIVE), FilterJson.write(both)),
                sent,
                "one listing per group, and the count of the leads both match");
    }

    @Test
    void pagingWalksTheMergeToItsEndWhereTheTotalIsExact() throws Exception {
        List<String> expected = expected(EITHER, "$sessions", SortOrder.ASC);
        LeadTableViewModel vm = table(sync);
        vm.setSort("$sessions", SortOrder.ASC);
        sync.deliverAll();
        vm.setPageSize(50);
        sync.deliverAll();
        vm.setFilterGroups(EITHER);
        sync.deliverAll();

        List<String> walked = new ArrayList<>(shownIds(vm));
        while (vm.canGoForwardProperty().get()) {
            vm.nextPage();
            sync.deliverAll();
            walked.addAll(shownIds(vm));
        }

        assertEquals(expected, walked);
        assertEquals(expected.size(), vm.getTotal());
        assertTrue(
                vm.rangeTextProperty().get().endsWith(" of " + expected.size()),
                vm.rangeTextProperty().get());
    }

    @Test
    void lastGoesToTheRealLastPage() throws Exception {
        List<String> expected = expected(EITHER, "$last_seen", SortOrder.DESC);
        LeadTableViewModel vm = table(sync);
        vm.setPageSize(10);
        sync.deliverAll();
        vm.setFilterGroups(EITHER);
        sync.deliverAll();

        vm.lastPage();
        sync.deliverAll();

        int lastPage = (expected.size() - 1) / 10;
        assertEquals(lastPage, vm.getPageIndex());
        assertEquals(expected.subList(lastPage * 10, expected.size()), shownIds(vm));
        assertEquals(expected.size(), vm.getTotal());
        assertFalse(vm.canGoForwardProperty().get());
    }

    @Test
    void oneGroupIsOneListingAsBeforeAndTheApisOwnOrGroupToo() {
        Filter either = Filter.or(
                Conditions.text("$city", Operator.STR_EQ, "Moscow"), Conditions.number("$sessions", Operator.GT, 80));
        int before = sandbox.server().requests().count();
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel vm = table(runner);

        vm.setFilter(either);
        assertEquals(1, runner.pendingCount(), "one request");
        runner.complete(0);

        List<RecordedRequest> sent = sandbox.server()
                .requests()
                .all()
                .subList(before, sandbox.server().requests().count());
        assertEquals(1, sent.size());
        assertEquals(FilterJson.write(either), sent.get(0).param("filters"));
        assertFalse(
                vm.rangeTextProperty().get().contains("about"),
                vm.rangeTextProperty().get());
        assertEquals(FilterGroups.of(either), vm.listing().getFilterGroups());
    }

    @Test
    void goingBackToOneGroupListsItAloneAgain() {
        LeadTableViewModel vm = table(sync);
        vm.setFilterGroups(EITHER);
        sync.deliverAll();
        vm.setFilter(ACTIVE);
        sync.deliverAll();

        assertEquals("1–20 of " + total(ACTIVE), vm.rangeTextProperty().get());
        assertEquals(ACTIVE, vm.filterProperty().get());
    }

    @Test
    void theViewStateKeepsTheGroupsAndOldSettingsStillLoad() {
        LeadTableViewModel vm = table(sync);
        vm.setFilterGroups(EITHER);
        sync.deliverAll();
        ViewState kept = vm.currentViewState();
        assertTrue(kept.filterJson().contains("\"any_of\""), kept.filterJson());

        LeadTableViewModel restored = table(sync);
        restored.applyViewState(kept);
        sync.deliverAll();
        assertEquals(EITHER, restored.listing().getFilterGroups());
        assertEquals(vm.getTotal(), restored.getTotal());

        LeadTableViewModel old = table(sync);
        old.applyViewState(new ViewState(FilterJson.write(ACTIVE), "$sessions", "desc", 20, List.of()));
        sync.deliverAll();
        assertEquals(FilterGroups.of(ACTIVE), old.listing().getFilterGroups());

        LeadTableViewModel none = table(sync);
        none.refresh();
        sync.deliverAll();
        assertNull(none.currentViewState().filterJson());
    }

    @Test
    void aStaleMergedPageIsDroppedWhenTheFilterChangedMeanwhile() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel vm = table(runner);
        vm.setFilterGroups(EITHER);
        vm.setFilter(ACTIVE);

        runner.completeAll();

        assertEquals(FilterGroups.of(ACTIVE), vm.listing().getFilterGroups());
        assertEquals("1–20 of " + total(ACTIVE), vm.rangeTextProperty().get());
    }

    @Test
    void showListingSetsFilterAndSortWithOneLoad() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel vm = table(runner);
        vm.showListing(EITHER, "$sessions", SortOrder.ASC);

        assertEquals(1, runner.pendingCount());
        assertEquals("$sessions", vm.listing().sortPropProperty().get());
        assertEquals(SortOrder.ASC, vm.listing().sortOrderProperty().get());
        assertEquals(EITHER, vm.listing().getFilterGroups());
    }

    private static List<String> shownIds(LeadTableViewModel vm) {
        return vm.getRows().stream().map(row -> row.summary().id()).toList();
    }

    /** What the sandbox's evaluator accepts for the whole expression, in the server's order of all leads. */
    static List<String> expected(FilterGroups groups, String sortProp, SortOrder order) throws Exception {
        Instant now = Instant.now();
        List<String> ids = new ArrayList<>();
        LeadQuery query = new LeadQuery(Filter.all(), sortProp, order, 0, LeadQuery.MAX_LIMIT, true);
        while (true) {
            LeadPage page = sandbox.client().listLeads(query).execute();
            for (LeadSummary lead : page.leads()) {
                if (groups.matches(lead.props(), now)) {
                    ids.add(lead.id());
                }
            }
            if (page.isLast()) {
                return ids;
            }
            query = query.nextPage();
        }
    }

    private static long total(Filter filter) {
        try {
            return sandbox.client()
                    .listLeads(LeadQuery.defaults().withFilter(filter).withLimit(1))
                    .execute()
                    .total();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
