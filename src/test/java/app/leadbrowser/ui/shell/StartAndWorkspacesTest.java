package app.leadbrowser.ui.shell;

import static app.leadbrowser.ui.common.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.FileTokenStore;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.settings.WorkspaceDialogPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The app as it starts for real: settings read from a temp config directory, the demo sandbox (300 leads) and a
 * second sandbox (400 leads) saved as a real workspace with its token in the token file.
 */
@ExtendWith(ApplicationExtension.class)
class StartAndWorkspacesTest {
    static SandboxServer second;

    @TempDir
    Path configDir;

    @RegisterExtension
    final StartedApp app = StartedApp.withDemoLeads(300);

    @BeforeAll
    static void startSecondSandbox() throws Exception {
        second = SandboxServer.start(SandboxOptions.defaults().withLeads(400).withSeed(7));
    }

    @AfterAll
    static void stopSecondSandbox() {
        second.close();
    }

    @Test
    void switchingKeepsEachWorkspacesFilterAndPage(FxRobot robot) {
        Workspace real = saveSecondSandbox("Second sandbox");
        app.launch(robot, configDir);
        LeadTablePage table = waitForDemo(robot);

        quickSearch(robot, "an");
        String demoTotal = waitForFilteredTotal(table, "300");
        String secondPage = "21–" + Math.min(40, Integer.parseInt(demoTotal)) + " of " + demoTotal;
        table.next().waitForRange(secondPage);

        new MainWindowPage(robot).chooseWorkspace(real.id());
        table.waitForRange("1–20 of 400");
        assertEquals("Lead Browser — Second sandbox", app.stage().getTitle());
        assertEquals("", quickSearchText(robot));
        robot.interact(() -> tableViewModel().setPageSize(50));
        table.waitForRange("1–50 of 400");

        new MainWindowPage(robot).chooseWorkspace(Workspace.DEMO_ID);
        table.waitForRange(secondPage);
        assertEquals("an", quickSearchText(robot));

        new MainWindowPage(robot).chooseWorkspace(real.id());
        table.waitForRange("1–50 of 400");
        app.close(robot);
        assertEquals(real.id(), new SettingsStore(configDir).load().activeWorkspaceId());
    }

    @Test
    void aRestartRestoresTheWindowAndEachWorkspacesView(FxRobot robot) {
        app.launch(robot, configDir);
        LeadTablePage table = waitForDemo(robot);
        quickSearch(robot, "an");
        String total = waitForFilteredTotal(table, "300");
        table.clickHeader("Name").waitUntilLoaded();
        robot.interact(() -> {
            tableViewModel().setPageSize(10);
            tableViewModel().columns().setColumnVisible("$phone", false);
            app.stage().setWidth(1100);
            app.stage().setHeight(700);
        });
        table.waitForRange("1–10 of " + total);
        new MainWindowPage(robot).setDividers(0.3, 0.6);
        List<Double> dividers =
                app.context().mainWindow().currentWindowState(app.stage()).dividers();
        String sort = table.sortShown();
        ViewState before = tableViewModel().currentViewState();

        app.restart(robot);
        table.waitForRange("1–10 of " + total);
        assertEquals(before, tableViewModel().currentViewState());
        assertEquals(sort, table.sortShown());
        assertTrue(robot.lookup("#filterRow0").tryQuery().isPresent()); // the restored filter, as a condition
        assertTrue(robot.lookup("#col-phone").tryQuery().isEmpty()
                || !robot.lookup("#col-phone").query().isVisible());
        assertEquals(1100, app.stage().getWidth());
        assertEquals(700, app.stage().getHeight());
        List<Double> restored =
                app.context().mainWindow().currentWindowState(app.stage()).dividers();
        assertEquals(dividers.get(0), restored.get(0), 0.005);
        assertEquals(dividers.get(1), restored.get(1), 0.005);
    }

    @Test
    void settingsReadBeforeTheWindowOpensGiveItsFirstFrameTheSavedSize(FxRobot robot) {
        app.launch(robot, configDir);
        waitForDemo(robot);
        robot.interact(() -> {
            app.stage().setWidth(1100);
            app.stage().setHeight(700);
        });

        WindowState opened = app.restartWithSettingsRead(robot);
        assertEquals(1100, opened.width());
        assertEquals(700, opened.height());
        assertTrue(app.context().mainWindowViewModel().getSession() != null, "the workspace opens at once");
        waitForDemo(robot);
    }

    @Test
    void theFilterAndCardFollowTheFirstRowsWithoutTakingTheFocus(FxRobot robot) {
        app.launch(robot, configDir);
        waitForDemo(robot);
        assertTrue(new MainWindowPage(robot).hasCardPane());
        assertEquals(
                app.context().mainWindow().currentTableView().getTable(),
                app.stage().getScene().getFocusOwner());
    }

    @Test
    void ctrlFRightAfterTheStartFocusesTheQuickSearch(FxRobot robot) {
        app.launch(robot, configDir);
        app.waitForWorkspace();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL); // maybe before the filter exists
        waitFor(() -> robot.lookup("#quickSearch")
                .tryQuery()
                .map(field -> field == app.stage().getScene().getFocusOwner())
                .orElse(false));
    }

    @Test
    void aDamagedSettingsFileGivesTheDemoAndSaysSoOnce(FxRobot robot) throws Exception {
        Files.writeString(configDir.resolve(SettingsStore.FILE_NAME), "{\"window\": [broken");
        app.launch(robot, configDir);
        waitForDemo(robot);
        assertEquals("Lead Browser — Demo workspace", app.stage().getTitle());
        assertTrue(new MainWindowPage(robot).notice().startsWith("Your settings could not be read"));

        app.restart(robot);
        waitForDemo(robot);
        assertEquals("", new MainWindowPage(robot).notice());
    }

    @Test
    void aWorkspaceWithoutItsTokenShowsWhyInPlaceOfRowsAndOffersRetryAndTheDemo(FxRobot robot) {
        Workspace real = saveSecondSandbox("Lost token");
        withService(service -> service.activate(real.id()));
        new FileTokenStore(configDir).delete(real.id());
        app.launch(robot, configDir);

        MainWindowPage window = new MainWindowPage(robot);
        String error = window.waitForConnectError();
        assertEquals(
                "Could not open Lost token: No token is stored for \"Lost token\"; enter it again in the Workspaces"
                        + " dialog",
                error);
        assertFalse(error.contains("Exception"));
        assertTrue(window.canRetryConnect());
        assertEquals("Back to Demo workspace", window.backText());
        assertEquals("Lost token", window.workspaceShown());
        assertEquals("", window.total());
        assertTrue(window.showsNoRows());

        window.retryConnect().waitForConnectError();

        window.goBack();
        app.waitForWorkspace();
        waitForDemo(robot);
        assertEquals("Demo workspace", window.workspaceShown());
        assertEquals("", window.connectError());
    }

    @Test
    void theWorkspaceDialogFixesTheActiveWorkspaceAndRemovingItOpensTheDemo(FxRobot robot) {
        Workspace real = saveSecondSandbox("Lost token");
        withService(service -> service.activate(real.id()));
        new FileTokenStore(configDir).delete(real.id());
        app.launch(robot, configDir);
        MainWindowPage window = new MainWindowPage(robot);
        window.waitForConnectError();

        window.editFailedWorkspace()
                .fill("#wsName", "Found again")
                .fill("#wsToken", second.token())
                .save()
                .close();

        app.waitForWorkspace();
        new LeadTablePage(robot).waitForRange("1–20 of 400");
        assertEquals("Lead Browser — Found again", app.stage().getTitle());

        WorkspaceDialogPage dialog = window.openWorkspaceDialog().removeSelected();
        assertTrue(dialog.message().contains("emoved"), dialog.message());
        dialog.close();

        waitForDemo(robot);
        assertEquals("Lead Browser — Demo workspace", app.stage().getTitle());
        assertEquals(
                List.of(Workspace.demo()), app.context().mainWindowViewModel().getWorkspaces());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Workspace saveSecondSandbox(String name) {
        return withService(service -> service.add(name, second.appId(), second.baseUrl(), second.token()));
    }

    private <T> T withService(java.util.function.Function<WorkspaceService, T> action) {
        try (SettingsStore store = new SettingsStore(configDir)) {
            store.load();
            return action.apply(new WorkspaceService(store, new FileTokenStore(configDir)));
        }
    }

    /**
     * Waits for the demo workspace's first page (the window is built before the settings are read), then for the
     * filter and card panes, which are built once the first rows are painted.
     */
    private LeadTablePage waitForDemo(FxRobot robot) {
        app.waitForWorkspace();
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        app.waitForSidePanes(robot);
        return table;
    }

    private LeadTableViewModel tableViewModel() {
        return app.context().mainWindowViewModel().getSession().leadTable();
    }

    private static void quickSearch(FxRobot robot, String text) {
        robot.clickOn("#quickSearch").write(text, 0);
    }

    private static String quickSearchText(FxRobot robot) {
        return robot.lookup("#quickSearch").queryAs(TextField.class).getText();
    }

    /** Waits until the quick search has narrowed the table, and returns the new total. */
    private static String waitForFilteredTotal(LeadTablePage table, String unfiltered) {
        waitFor(() -> !table.rangeText().isEmpty() && !table.rangeText().endsWith(" of " + unfiltered));
        table.waitUntilLoaded();
        String total = table.rangeText().substring(table.rangeText().indexOf(" of ") + 4);
        assertNotEquals(unfiltered, total);
        return total;
    }
}
