package app.leadbrowser.ui.leads;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.shell.AppContext;
import app.leadbrowser.ui.shell.TestWindows;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 10,000-lead window of the API, in the real window with the full demo workspace (12,000 leads). */
@ExtendWith(ApplicationExtension.class)
class LeadTableCapTest {
    static SandboxServer sandbox;
    AppContext context;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        context = TestWindows.open(stage, sandbox);
    }

    @AfterEach
    void closeWindow() {
        Platform.runLater(context::close);
    }

    @Test
    void pagesPastTheWindowAreNotOfferedAndTheBarSaysWhy(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 12,000");
        assertTrue(table.capText().contains("Dashly lists at most the first 10,000 leads of a filter; use Export"));

        table.last().waitForRange("9,981–10,000 of 12,000");
        assertFalse(table.canGoNext());
        assertTrue(table.capText().contains("Showing the first 10,000 of 12,000 leads"));
    }
}
