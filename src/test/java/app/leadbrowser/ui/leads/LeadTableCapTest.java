package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Past the API's 10,000-lead window, in the real window with the full demo workspace (12,000 leads). */
class LeadTableCapTest extends WindowOnSandboxTest {
    @Test
    void everyPageIsOfferedAndNoCapIsClaimed(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 12,000");
        assertTrue(table.capText().isEmpty(), table.capText());

        table.last().waitForRange("11,981–12,000 of 12,000");
        assertFalse(table.canGoNext());
        assertTrue(table.capText().isEmpty(), table.capText());
    }
}
