package app.leadbrowser.ui.card;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Values shown whole: the Events tab's dates, and what the presence dots mean. */
@WindowOnSandboxTest.Leads(300)
class FullValuesWindowTest extends WindowOnSandboxTest {

    @Test
    void theEventsTabShowsFirstAndLastWhole(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        LeadCardPage card = new LeadCardPage(robot);
        int row = 0;
        do {
            table.clickRow(row);
            card.waitForLead(table.ids().get(row));
            row++;
        } while (card.openTab("Events").events().isEmpty());
        waitFor(() -> !dateCells(robot).isEmpty());

        for (TableCell<?, ?> cell : dateCells(robot)) {
            Text shown = (Text) cell.lookup(".text");
            assertEquals(
                    cell.getText(),
                    shown.getText(),
                    "a date cut short in " + cell.getTableColumn().getText());
        }
    }

    @Test
    void thePresenceColumnHasALegend(FxRobot robot) {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        Label header = robot.lookup("#presenceLegend").queryAs(Label.class);
        Node legend = header.getTooltip().getGraphic();
        List<String> lines = List.of("online", "idle", "offline").stream()
                .map(presence -> ((Label) legend.lookup("#presenceLegend-" + presence)).getText())
                .toList();
        assertEquals(
                List.of(
                        "Online: the lead has the site open and is active now",
                        "Idle: the site is open but the lead is not active",
                        "Offline: the lead is not on the site"),
                lines);
        assertFalse(header.getTooltip().isShowing());
        assertTrue(header.isVisible());
    }

    private static List<TableCell<?, ?>> dateCells(FxRobot robot) {
        return robot
                .lookup("#eventsTable .table-cell")
                .match((TableCell<?, ?> cell) -> cell.isVisible()
                        && cell.getText() != null
                        && !cell.getText().isEmpty()
                        && List.of("First", "Last")
                                .contains(cell.getTableColumn().getText()))
                .queryAll()
                .stream()
                .<TableCell<?, ?>>map(cell -> (TableCell<?, ?>) cell)
                .toList();
    }
}
