package app.leadbrowser.ui.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Online now window of the real main window, headless, against a sandbox of 1,000 leads. */
@WindowOnSandboxTest.Leads(1000)
class OnlineNowWindowTest extends WindowOnSandboxTest {

    static List<String> onSite() {
        return sandbox.workspace().leads().stream()
                .filter(lead -> lead.presence() == Presence.ONLINE || lead.presence() == Presence.IDLE)
                .map(LeadSummary::id)
                .toList();
    }

    OnlineNowViewModel vm() {
        return context.onlineNow().viewModel();
    }

    @Test
    void theShortcutOpensTheLeadsOnTheSiteWithWhereTheyAre(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        OnlineNowPage online = new OnlineNowPage(robot).openWithShortcut().waitForRows(onSite().size());
        assertTrue(online.ids().containsAll(onSite()));
        assertTrue(online.text("#onlineSummary").contains(" online, "), online.text("#onlineSummary"));
        List<Circle> dots = robot.lookup("#onlineTable .presence-dot").queryAllAs(Circle.class).stream()
                .filter(Circle::isVisible)
                .toList();
        assertFalse(dots.isEmpty());
        for (Circle dot : dots) {
            assertTrue(
                    dot.getStyleClass().contains("presence-online")
                            || dot.getStyleClass().contains("presence-idle"),
                    dot.getStyleClass().toString());
            assertFalse(Color.BLACK.equals(dot.getFill()), "the theme colours the dot");
        }
        assertTrue(vm().autoRefreshRunningProperty().get(), "auto-refresh runs while the window is shown");

        online.clickRow(0).waitForDetails();
        Lead lead = sandbox.workspace().lead(online.ids().get(0)).orElseThrow();
        assertEquals(lead.presenceDetails().get("page"), online.text("#onlinePage"));
        assertEquals(lead.presenceDetails().get("url"), online.text("#onlineUrl"));
        assertTrue(robot.lookup("#onlineUrl").query() instanceof Label, "the URL is text");
        assertTrue(
                robot.lookup("#onlineNowView .hyperlink").queryAll().isEmpty()
                        && robot.from(robot.lookup("#onlineNowView").queryAll())
                                .lookup((javafx.scene.Node node) -> node instanceof Hyperlink)
                                .queryAll()
                                .isEmpty(),
                "nothing in the list is a live link");
        assertTrue(online.text("#onlineSession").startsWith("started "));

        String selected = online.ids().get(0);
        online.refresh().waitForRows(onSite().size());
        assertEquals(
                selected, online.table().getSelectionModel().getSelectedItem().id(), "a refresh keeps it");
        online.waitForDetails();
    }

    @Test
    void openingALeadShowsItsCard(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        OnlineNowPage online = new OnlineNowPage(robot).openWithShortcut().waitForRows(onSite().size());
        String id = online.ids().get(2);

        online.clickRow(2).pressEnter();

        new LeadCardPage(robot).waitForLead(id);
        online.clickRow(3).openCard();
        new LeadCardPage(robot).waitForLead(online.ids().get(3));
    }

    @Test
    void aFailureShowsInlineAndPausesAutoRefreshUntilRetry(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        OnlineNowPage online = new OnlineNowPage(robot).openWithShortcut().waitForRows(onSite().size());
        sandbox.faults().enqueue(Fault.status(500));

        online.refresh();

        FxWait.waitFor(() -> !online.errorText().isEmpty());
        assertFalse(online.errorText().contains("Exception"));
        assertEquals(onSite().size(), online.ids().size(), "the rows stay");
        assertTrue(robot.lookup("#onlinePausedNote").query().isVisible());
        assertFalse(vm().autoRefreshRunningProperty().get());

        online.retry();
        FxWait.waitFor(() -> online.errorText().isEmpty());
        assertTrue(vm().autoRefreshRunningProperty().get());
    }

    @Test
    void closingTheWindowStopsAutoRefresh(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        OnlineNowPage online = new OnlineNowPage(robot).openWithShortcut().waitForRows(onSite().size());
        OnlineNowViewModel shown = vm();

        online.pressEscape();

        FxWait.waitFor(() -> !online.isShowing());
        assertFalse(shown.autoRefreshRunningProperty().get());
        online.openWithShortcut();
        FxWait.waitFor(() -> shown.autoRefreshRunningProperty().get());
    }
}
