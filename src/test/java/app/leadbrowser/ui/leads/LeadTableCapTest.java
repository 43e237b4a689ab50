package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The 10,000-lead window of the API, in the real window with the full demo workspace (12,000 leads). */
class LeadTableCapTest extends WindowOnSandboxTest {
    @Test
    void pagesPastTheWindowAreNotOfferedAndTheBarSaysWhy(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 12,000");
        assertTrue(table.capText().contains("Dashly lists at most the first 10,000 leads of a filter; use Export"));

        table.last().waitForRange("9,981–10,000 of 12,000");
        assertFalse(table.canGoNext());
        assertTrue(table.capText().contains("Showing the first 10,000 of 12,000 leads"));
    }
}
