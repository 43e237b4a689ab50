package app.leadbrowser.ui.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The card's Conversations tab in the real window, headless, against a sandbox of 1,000 leads. */
@WindowOnSandboxTest.Leads(1000)
class ConversationsTabTest extends WindowOnSandboxTest {

    static String leadWith(Predicate<List<Conversation>> conversations) {
        return sandbox.workspace().leads().stream()
                .map(LeadSummary::id)
                .filter(id -> conversations.test(sandbox.workspace().conversations(id)))
                .findFirst()
                .orElseThrow();
    }

    static List<String> expectedIds(String lead) {
        return sandbox.workspace().conversations(lead).stream()
                .map(Conversation::id)
                .toList();
    }

    LeadCardPage openCard(FxRobot robot, String id) {
        new LeadTablePage(robot).waitUntilLoaded();
        robot.interact(
                () -> context.mainWindowViewModel().getSession().leadCard().showLead(id));
        return new LeadCardPage(robot).waitForLead(id);
    }

    @Test
    void listsTheConversationsAndLoadsOlderOnesAtTheEnd(FxRobot robot) {
        String lead = leadWith(list -> list.size() > 40);
        List<String> expected = expectedIds(lead);
        openCard(robot, lead).openTab("Conversations");
        ConversationsTabPage tab = new ConversationsTabPage(robot).waitForCount(20);
        assertEquals(expected.subList(0, 20), tab.ids());

        tab.scrollToTheEnd().waitForCount(40);
        tab.scrollToTheEnd().waitForCount(expected.size());
        assertEquals(expected, tab.ids());
        assertTrue(!robot.lookup("#conversationsMoreButton").query().isVisible(), "nothing more to load");
    }

    @Test
    void aLeadWithoutConversationsSaysSo(FxRobot robot) {
        openCard(robot, leadWith(List::isEmpty)).openTab("Conversations");
        ConversationsTabPage tab = new ConversationsTabPage(robot);
        FxWait.waitFor(() -> tab.placeholder().equals("No conversations with this lead"));
        assertTrue(tab.ids().isEmpty());
    }

    @Test
    void theTabFollowsTheCard(FxRobot robot) {
        String few = leadWith(list -> !list.isEmpty() && list.size() < 20);
        openCard(robot, few).openTab("Conversations");
        ConversationsTabPage tab =
                new ConversationsTabPage(robot).waitForCount(expectedIds(few).size());

        String other = leadWith(list -> list.size() > 20);
        robot.interact(
                () -> context.mainWindowViewModel().getSession().leadCard().showLead(other));
        new LeadCardPage(robot).waitForLead(other);
        tab.waitForCount(20);
        assertEquals(expectedIds(other).subList(0, 20), tab.ids());
    }
}
