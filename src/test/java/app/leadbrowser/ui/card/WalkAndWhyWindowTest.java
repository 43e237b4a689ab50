package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.common.SandboxClients;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Walking the list from the card with the keyboard, and the "Why?" tab, in the real window on the sandbox. */
@WindowOnSandboxTest.Leads(500)
class WalkAndWhyWindowTest extends WindowOnSandboxTest {

    /** The first {@code count} leads of the default listing, as the server orders them. */
    private static List<String> firstIds(int count) throws Exception {
        try (DashlyClient client = SandboxClients.withoutRetries(sandbox)) {
            return client.listLeads(LeadQuery.defaults().withLimit(count)).execute().leads().stream()
                    .map(LeadSummary::id)
                    .toList();
        }
    }

    /** Applies {@code filter} to the table and waits until its first page is shown. */
    private void applyFilter(Filter filter) {
        LeadTableViewModel table = context.mainWindowViewModel().getSession().leadTable();
        WaitForAsyncUtils.asyncFx(() -> table.setFilter(filter));
        FxWait.waitFor(() -> {
            LeadPage shown = table.listing().shownPageProperty().get();
            return shown != null
                    && shown.query().filter().equals(filter)
                    && !table.listing().isLoading();
        });
    }

    @Test
    void altDownWalksFortyFiveLeadsFromPageOneAcrossPagesAndTheTableFollows(FxRobot robot) throws Exception {
        List<String> expected = firstIds(46);
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 500");
        table.clickRow(0);
        LeadCardPage card = new LeadCardPage(robot).waitForLead(expected.get(0));
        assertEquals("Lead 1 of 500", card.position());

        List<String> visited = new ArrayList<>(List.of(expected.get(0)));
        for (int i = 1; i <= 45; i++) {
            card.nextWithKeyboard().waitForLead(expected.get(i));
            String id = expected.get(i);
            FxWait.waitFor(() -> id.equals(table.selectedId()));
            visited.add(table.selectedId());
        }

        assertEquals(expected, visited);
        assertEquals(46, new HashSet<>(visited).size(), "no lead twice");
        assertEquals("Page 3 of 25", table.pageText());
        assertEquals("41–60 of 500", table.rangeText());
        assertEquals("Lead 46 of 500", card.position());
        assertEquals("", card.walkMessage());

        card.previousWithKeyboard().waitForLead(expected.get(44));
        card.clickPrevious().waitForLead(expected.get(43));
        card.clickNext().waitForLead(expected.get(44));
        assertEquals(expected.get(44), table.selectedId());
    }

    @Test
    void theFirstLeadStopsPreviousWithAMessageAndTheListAndCardSayHowOldTheyAre(FxRobot robot) throws Exception {
        String first = firstIds(1).get(0);
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 500");
        assertTrue(table.listAsOf().startsWith("List as of "), table.listAsOf());
        table.clickRow(0);
        LeadCardPage card = new LeadCardPage(robot).waitForLead(first);
        assertTrue(card.asOf().startsWith("Card as of "), card.asOf());

        card.previousWithKeyboard();
        assertEquals("This is the first lead of the list.", card.walkMessage());
        assertEquals(first, table.selectedId());

        int cardRequests = sandbox.requests().count();
        card.refresh().waitForLead(first);
        FxWait.waitFor(() -> sandbox.requests().count() > cardRequests);
        assertTrue(card.asOf().startsWith("Card as of "), card.asOf());

        int listRequests = sandbox.requests().count();
        table.refreshList().waitForRange("1–20 of 500");
        FxWait.waitFor(() -> sandbox.requests().count() > listRequests);
        assertEquals(first, card.text("#cardId"), "the card keeps its lead");
    }

    @Test
    void whyExplainsAMatchingLeadConditionByCondition(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 500");
        applyFilter(Filter.and(Conditions.known("$email"), Conditions.number("$sessions", Operator.GT, 0)));
        String lead = table.ids().get(0);
        table.clickRow(0);
        LeadCardPage card = new LeadCardPage(robot).waitForLead(lead).openWhy();

        assertEquals("Matches: every condition holds, and the filter needs all of them (AND).", card.whyVerdict());
        List<String> conditions = card.whyConditions();
        assertEquals(2, conditions.size(), conditions.toString());
        assertTrue(conditions.get(0).startsWith("✓ Email: “"), conditions.get(0));
        assertTrue(conditions.get(0).endsWith(" — needs any value"), conditions.get(0));
        assertTrue(conditions.get(1).matches("✓ Sessions: [0-9,]+ — needs more than 0"), conditions.get(1));
        assertEquals("", card.whyLagNote());
    }

    @Test
    void whyExplainsALeadTheFilterLeavesOut(FxRobot robot) throws Exception {
        String first = firstIds(1).get(0);
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 500");
        table.clickRow(0);
        LeadCardPage card = new LeadCardPage(robot).waitForLead(first);

        applyFilter(Filter.and(Conditions.text("$email", Operator.STR_EQ, "nobody@example.com")));
        assertEquals("No leads", table.rangeText());
        card.waitForLead(first).openWhy();

        assertTrue(card.whyVerdict().startsWith("Does not match: the filter needs all conditions (AND)"));
        List<String> conditions = card.whyConditions();
        assertEquals(1, conditions.size(), conditions.toString());
        assertTrue(conditions.get(0).startsWith("✗ Email: "), conditions.get(0));
        assertTrue(conditions.get(0).endsWith(" — needs “nobody@example.com” (any case)"), conditions.get(0));
        assertEquals("", card.whyLagNote(), "the list rightly leaves it out");
        assertFalse(table.ids().contains(first));
    }
}
