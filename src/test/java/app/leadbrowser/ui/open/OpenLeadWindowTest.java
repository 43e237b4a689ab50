package app.leadbrowser.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Ctrl+L and the recent leads in the real window on a sandbox of 300 leads. */
@WindowOnSandboxTest.Leads(300)
class OpenLeadWindowTest extends WindowOnSandboxTest {

    /** A lead of the last page: not in the list shown. */
    static LeadSummary leadNotOnThePage(LeadTablePage table) {
        List<String> shown = table.ids();
        return sandbox.workspace().leads().stream()
                .filter(lead -> !shown.contains(lead.id()))
                .findFirst()
                .orElseThrow();
    }

    /** The menu {@code id} of the "Leads" menu (menu items are not nodes a robot can find reliably in a popup). */
    static Menu menu(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu leads = bar.getMenus().stream()
                .filter(m -> "leadsMenu".equals(m.getId()))
                .findFirst()
                .orElseThrow();
        return (Menu) leads.getItems().stream()
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anIdOpensItsCardEvenWhenTheLeadIsNotInTheList(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        table.clickRow(0);
        LeadSummary elsewhere = leadNotOnThePage(table);

        new OpenLeadPage(robot).open().find(elsewhere.id()).waitUntilClosed();

        new LeadCardPage(robot).waitForLead(elsewhere.id());
        assertTrue(table.table().getSelectionModel().isEmpty(), "no row is marked: the lead is not on the page");
        table.clickRow(0);
        new LeadCardPage(robot).waitForLead(table.ids().get(0));
    }

    @Test
    void notFoundIsSaidInTheBoxWhichStaysOpen(FxRobot robot) {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        OpenLeadPage box = new OpenLeadPage(robot).open();
        box.find("nobody-at-all").waitForMessage("No lead has the User ID “nobody-at-all”.");
        box.find("123456789012345").waitForMessage("No lead has the id or User ID “123456789012345”.");
        box.press(KeyCode.ESCAPE).waitUntilClosed();
    }

    @Test
    void cardsOpenedAreListedNewestFirstAndOpenFromTheBoxAndTheMenu(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        LeadCardPage card = new LeadCardPage(robot);
        String first = table.clickRow(0).ids().get(0);
        card.waitForLead(first);
        String second = table.clickRow(1).ids().get(1);
        card.waitForLead(second);

        OpenLeadPage box = new OpenLeadPage(robot).open();
        assertEquals(List.of(second, first), box.recentIds());
        box.press(KeyCode.DOWN).press(KeyCode.DOWN).press(KeyCode.ENTER).waitUntilClosed();
        card.waitForLead(first);

        Menu recentMenu = menu(robot, "recentLeadsMenu");
        assertEquals(
                List.of("recentLead-" + first, "recentLead-" + second),
                recentMenu.getItems().stream().map(MenuItem::getId).toList());
        robot.interact(() -> recentMenu.getItems().get(1).fire());
        card.waitForLead(second);
    }
}
