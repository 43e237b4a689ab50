package app.leadbrowser.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.FxWait;
import app.leadbrowser.ui.leads.LeadTablePage;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real start path: the window shows at once, starts the demo sandbox in-process and shows its first rows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    AppContext context;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new AppContext(
                new DemoWorkspaceConnector(SandboxOptions.defaults().withLeads(300)),
                url -> {},
                FilterPanelSlot::create);
        context.mainWindow().show(stage, WindowState.defaults());
        context.start(Workspace.demo());
    }

    @AfterEach
    void closeWindow() {
        Platform.runLater(context::close);
    }

    @Test
    void startsTheDemoWorkspaceWithoutAskingAndSaysSo(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        assertEquals("Lead Browser — Demo workspace", stage.getTitle());
        MainWindowPage window = new MainWindowPage(robot);
        assertEquals("Demo workspace", window.workspaceShown());
        assertEquals("300 leads", window.total());
        assertTrue(window.loaded().startsWith("Loaded at "), window.loaded());
        assertEquals(20, table.ids().size());
    }

    @Test
    void f5ReloadsThePage(FxRobot robot) {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        SandboxServer sandbox = (SandboxServer)
                context.mainWindowViewModel().getSession().connection().resources();
        long before = firstPageRequests(sandbox);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        FxWait.waitFor(() -> firstPageRequests(sandbox) > before);
    }

    /** Requests for the page shown: prefetches (the next page, cards) do not count. */
    private static long firstPageRequests(SandboxServer sandbox) {
        return sandbox.requests().all().stream()
                .filter(request -> request.path().endsWith("/users") && "0".equals(request.param("offset")))
                .count();
    }

    @Test
    void theViewStateIsExposedForTheSettingsStore(FxRobot robot) {
        new LeadTablePage(robot).waitForRange("1–20 of 300");
        assertEquals(
                20,
                context.mainWindowViewModel()
                        .currentViewStates()
                        .get(Workspace.DEMO_ID)
                        .pageSize());
        WindowState window = context.mainWindow().currentWindowState(stage);
        assertEquals(2, window.dividers().size());
    }
}
