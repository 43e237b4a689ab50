package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The lead table in the real window, headless, against a sandbox of 1,000 leads. */
@WindowOnSandboxTest.Leads(1000)
class LeadTableViewTest extends WindowOnSandboxTest {
    @Test
    void pagesForwardAndBack(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        List<String> firstPage = table.ids();

        table.next().waitForRange("21–40 of 1,000");
        assertTrue(table.ids().stream().noneMatch(firstPage::contains));
        table.last().waitForRange("981–1,000 of 1,000");
        assertFalse(table.canGoNext());
        table.previous().waitForRange("961–980 of 1,000");
        table.first().waitForRange("1–20 of 1,000");
        assertEquals(firstPage, table.ids());
        assertEquals("", table.capText());
    }

    @Test
    void aHeaderClickSortsOnTheServerAndShowsTheDirection(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitUntilLoaded();
        assertEquals("Last seen DESCENDING", table.sortShown());

        table.clickHeader("Name").waitUntilLoaded();
        assertEquals("Name ASCENDING", table.sortShown());
        List<String> ascending = table.names();
        table.clickHeader("Name").waitUntilLoaded();
        assertEquals("Name DESCENDING", table.sortShown());
        assertNotEquals(ascending, table.names());
        assertTrue(sandbox.requests().all().stream()
                .anyMatch(r -> "desc".equals(r.param("sort_order")) && "$name".equals(r.param("sort_prop"))));
    }

    @Test
    void aServerErrorShowsTheInlineMessageAndKeepsTheRows(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        List<String> firstPage = table.ids();

        // the next page and the first card are prefetched when the page lands: enough failures that the load of
        // the last page (never prefetched) fails whichever of those prefetches is still on its way
        sandbox.faults().enqueue(Fault.status(500), Fault.status(500), Fault.status(500));
        table.last().waitForError();
        assertEquals(firstPage, table.ids());
        assertEquals("1–20 of 1,000", table.rangeText());
        assertFalse(table.errorText().contains("Exception"));

        sandbox.faults().clear();
        table.retry().waitForRange("981–1,000 of 1,000");
        assertEquals("", table.errorText());
    }

    @Test
    void theKeyboardMovesRowsPagesAndOpensTheCard(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 1,000");
        table.clickRow(0).press(KeyCode.DOWN);
        assertEquals(1, table.selectedIndex());

        table.press(KeyCode.CONTROL, KeyCode.RIGHT).waitForRange("21–40 of 1,000");
        FxWait.waitFor(() -> table.selectedIndex() == 0);
        table.press(KeyCode.PAGE_UP).waitForRange("1–20 of 1,000");
        FxWait.waitFor(() -> table.selectedIndex() == 19);
        table.press(KeyCode.PAGE_DOWN).waitForRange("21–40 of 1,000");
        table.press(KeyCode.CONTROL, KeyCode.LEFT).waitForRange("1–20 of 1,000");

        String selected = table.selectedId();
        table.press(KeyCode.ENTER);
        new LeadCardPage(robot).waitForLead(selected);
    }
}
