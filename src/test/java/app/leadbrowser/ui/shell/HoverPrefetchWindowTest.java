package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.leads.LeadTablePage;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** In the real window, the mouse resting on a row prefetches that row's card. */
@WindowOnSandboxTest.Leads(200)
class HoverPrefetchWindowTest extends WindowOnSandboxTest {
    @Test
    void restingOnARowFetchesItsCardBeforeItIsClicked(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 200");
        String rested = table.ids().get(4);
        TableRow<?> row = robot.lookup("#leadTable .table-row-cell")
                .match((TableRow<?> cell) -> cell.getIndex() == 4 && !cell.isEmpty())
                .queryAs(TableRow.class);

        robot.moveTo(row);

        FxWait.waitFor(() -> sandbox.requests().all().stream()
                .anyMatch(request -> request.path().equals("/users/" + rested)));
    }
}
