package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.DeepSandbox;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.ManualTaskRunner;
import app.leadbrowser.ui.common.RecordingClipboard;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadWalkViewModel.Membership;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Walking the list from the card, against a real sandbox of 45 leads (three pages of 20), without the FX toolkit. */
class LeadWalkViewModelTest {
    final SyncTaskRunner sync = new SyncTaskRunner();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(45);
    /** The whole list in the table's default order, as the server gives it. */
    static List<String> allIds;

    final LeadSelection selection = new LeadSelection();

    @BeforeAll
    static void readTheWholeList() throws Exception {
        allIds = sandbox.client().listLeads(LeadQuery.defaults().withLimit(50)).execute().leads().stream()
                .map(LeadSummary::id)
                .toList();
    }

    LeadTableViewModel table(DashlyClient on, TaskRunner runner) {
        return new LeadTableViewModel(on, runner, TimeTexts.system(), selection, new RecordingClipboard());
    }

    String selectedId() {
        return selection.getSelected() == null ? null : selection.getSelected().id();
    }

    @Test
    void nextVisitsEveryLeadInOrderAcrossPagesAndTheTableFollows() {
        LeadTableViewModel table = table(sandbox.client(), sync);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        table.refresh();
        sync.deliverAll();
        table.select(table.getRows().get(0));
        sync.deliverAll();
        assertEquals("Lead 1 of 45", walk.getPositionText());

        List<String> visited = new ArrayList<>(List.of(selectedId()));
        for (int i = 1; i < 45; i++) {
            walk.next();
            sync.deliverAll();
            visited.add(selectedId());
            assertEquals(i / 20, table.getPageIndex(), "the table shows the page of lead " + (i + 1));
            assertSame(selection.getSelected(), table.walkedToProperty().get().summary(), "its row is marked");
            assertEquals("", walk.getMessage());
        }

        assertEquals(allIds, visited);
        assertEquals("Lead 45 of 45", walk.getPositionText());
    }

    @Test
    void atTheLastLeadNextStaysAndSaysSo() {
        LeadTableViewModel table = table(sandbox.client(), sync);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        table.refresh();
        sync.deliverAll();
        table.lastPage();
        sync.deliverAll();
        table.select(table.getRows().get(table.getRows().size() - 1));
        sync.deliverAll();
        int requests = sandbox.server().requests().count();

        walk.next();
        sync.deliverAll();

        assertEquals(allIds.get(44), selectedId());
        assertEquals("This is the last lead of the list.", walk.getMessage());
        assertEquals(requests, sandbox.server().requests().count(), "no request past the end");
        table.select(table.getRows().get(0));
        sync.deliverAll();
        assertEquals("", walk.getMessage(), "the message goes with the next lead opened");
    }

    @Test
    void previousWalksBackAcrossPagesAndStopsAtTheFirstLead() {
        LeadTableViewModel table = table(sandbox.client(), sync);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        table.refresh();
        sync.deliverAll();
        table.goToPage(2);
        sync.deliverAll();
        table.select(table.getRows().get(0)); // lead 41
        sync.deliverAll();

        walk.previous();
        sync.deliverAll();
        assertEquals(allIds.get(39), selectedId());
        assertEquals(1, table.getPageIndex());
        assertEquals("Lead 40 of 45", walk.getPositionText());
        for (int i = 38; i >= 0; i--) {
            walk.previous();
            sync.deliverAll();
            assertEquals(allIds.get(i), selectedId());
        }
        assertEquals(0, table.getPageIndex());

        walk.previous();
        sync.deliverAll();
        assertEquals(allIds.get(0), selectedId());
        assertEquals("This is the first lead of the list.", walk.getMessage());
    }

    @Test
    void withNoLeadOpenNextOpensTheFirstOfThePageShownAndPreviousTheLast() {
        LeadTableViewModel table = table(sandbox.client(), sync);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        table.refresh();
        sync.deliverAll();
        table.nextPage();
        sync.deliverAll();

        walk.next();
        sync.deliverAll();
        assertEquals(allIds.get(20), selectedId());
        table.select(null);
        sync.deliverAll();
        walk.previous();
        sync.deliverAll();
        assertEquals(allIds.get(39), selectedId());
    }

    @Test
    void aLeadRepeatedAtTheTopOfTheNextPageIsVisitedOnce() throws Exception {
        try (SandboxServer own = SandboxServer.start(SandboxOptions.defaults().withLeads(45));
                DashlyClient ownClient = SandboxClients.withoutRetries(own)) {
            ManualTaskRunner runner = new ManualTaskRunner();
            LeadTableViewModel table = table(ownClient, runner);
            LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
            table.refresh();
            runner.complete(0); // page 1 lands; the prefetch of page 2 is started
            LeadPage first = table.listing().shownPageProperty().get();
            table.select(table.getRows().get(19));

            own.insertLeadAtTop(); // the last lead of page 1 is now also the first of page 2
            walk.next(); // waits for the prefetch, which reaches the server only now
            runner.completeAll();

            LeadPage second = table.listing().shownPageProperty().get();
            assertEquals(first.leads().get(19).id(), second.leads().get(0).id(), "the server repeated it");
            assertEquals(second.leads().get(1).id(), selectedId(), "the walk skipped the repeat");
            assertEquals("Lead 22 of 46", walk.getPositionText());
        }
    }

    @Test
    void aPageThatFailsStopsTheWalkWithTheReasonAndTheNextStepAsksAgain() {
        LeadTableViewModel table = table(sandbox.client(), sync);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        table.refresh();
        sync.deliverAll();
        table.goToPage(2);
        sync.deliverAll();
        table.refresh(); // forgets the pages cached before: the walk must ask for page 2
        sync.deliverAll();
        table.select(table.getRows().get(0));
        sync.deliverAll();

        sandbox.server().faults().enqueue(Fault.status(500));
        walk.previous();
        sync.deliverAll();
        assertEquals(allIds.get(40), selectedId(), "the card stays");
        assertTrue(walk.getMessage().startsWith("The page could not be loaded: "), walk.getMessage());

        walk.previous();
        sync.deliverAll();
        assertEquals(allIds.get(39), selectedId());
        assertEquals("", walk.getMessage());
    }

    @Test
    void aStepWaitingForItsPageIsDroppedWhenTheUserGoesElsewhere() {
        ManualTaskRunner runner = new ManualTaskRunner();
        LeadTableViewModel table = table(sandbox.client(), runner);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        table.refresh();
        runner.complete(0);
        table.select(table.getRows().get(19));
        LeadSummary reading = selection.getSelected();

        walk.next(); // waits for the prefetch of page 2
        assertEquals("Loading the next page…", walk.getMessage());
        table.firstPage(); // the user goes back before it lands
        runner.completeAll();

        assertEquals(0, table.getPageIndex());
        assertSame(reading, selection.getSelected());
        assertEquals("", walk.getMessage());
    }

    @Test
    void membershipIsKnownForLeadsOfPagesShownAndForAListOnOnePage() {
        LeadTableViewModel table = table(sandbox.client(), sync);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        assertEquals(Membership.UNKNOWN, walk.membership(allIds.get(0)));
        table.refresh();
        sync.deliverAll();
        assertEquals(Membership.LISTED, walk.membership(allIds.get(0)));
        assertEquals(Membership.UNKNOWN, walk.membership(allIds.get(44)), "on a page not shown yet");
        assertEquals(Membership.UNKNOWN, walk.membership("1"));

        table.setPageSize(50);
        sync.deliverAll();
        assertEquals(Membership.LISTED, walk.membership(allIds.get(44)));
        assertEquals(Membership.NOT_LISTED, walk.membership("1"), "the whole list is on the page");
    }

    @Test
    void nextCrossesTheTenThousandLeadWindow() throws Exception {
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withLeads(10_050));
                DashlyClient bigClient = SandboxClients.withoutRetries(big)) {
            LeadTableViewModel table = table(bigClient, sync);
            LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
            table.refresh();
            sync.deliverAll();
            table.setPageSize(50);
            sync.deliverAll();
            table.goToPage(199);
            sync.deliverAll();
            LeadRowViewModel last = table.getRows().get(table.getRows().size() - 1);
            table.select(last);
            sync.deliverAll();
            assertEquals("Lead 10,000 of 10,050", walk.getPositionText());

            walk.next();
            sync.deliverAll();

            assertNotEquals(last.summary().id(), selectedId());
            assertEquals("Lead 10,001 of 10,050", walk.getPositionText());
            assertEquals("", walk.getMessage());
            assertEquals(200, table.getPageIndex());
            walk.previous();
            sync.deliverAll();
            assertEquals(last.summary().id(), selectedId());
            assertEquals("Lead 10,000 of 10,050", walk.getPositionText());
        }
    }

    @Test
    void nextAndPreviousWalkAListingOfSeveralGroupsInItsMergedOrder() {
        FilterGroups either = new FilterGroups(List.of(
                Filter.and(Conditions.number("$sessions", Operator.GT, 2)),
                Filter.and(Conditions.number("$sessions", Operator.LT, 6))));
        List<String> expected = DeepSandbox.expected(sandbox.server(), either, LeadQuery.defaults()).stream()
                .map(LeadSummary::id)
                .toList();
        LeadTableViewModel table = table(sandbox.client(), sync);
        LeadWalkViewModel walk = new LeadWalkViewModel(table.listing(), selection);
        table.setFilterGroups(either);
        sync.deliverAll();
        table.select(table.getRows().get(0));
        sync.deliverAll();
        assertTrue(expected.size() > 20, "more than a page: " + expected.size());
        assertEquals("Lead 1 of " + expected.size(), walk.getPositionText());

        List<String> visited = new ArrayList<>(List.of(selectedId()));
        for (int i = 1; i < expected.size(); i++) {
            walk.next();
            sync.deliverAll();
            assertEquals("", walk.getMessage());
            visited.add(selectedId());
        }
        walk.next();
        sync.deliverAll();
        assertEquals("This is the last lead of the list.", walk.getMessage());
        assertEquals(expected, visited, "every lead of either group once, in the merged order");
        assertEquals("Lead " + expected.size() + " of " + expected.size(), walk.getPositionText());

        walk.previous();
        sync.deliverAll();
        assertEquals(expected.get(expected.size() - 2), selectedId());
        assertEquals((expected.size() - 2) / 20, table.getPageIndex(), "the table follows back");
    }
}
