package app.leadbrowser.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.FileTokenStore;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as it starts for real: settings read from a temp config directory, the demo sandbox (300 leads) and a
 * second sandbox (400 leads) saved as a real workspace with its token in the token file.
 */
@ExtendWith(ApplicationExtension.class)
class StartAndWorkspacesTest {
    static final SandboxOptions DEMO = SandboxOptions.defaults().withLeads(300);
    static SandboxServer second;

    @TempDir
    Path configDir;

    Stage stage;
    AppContext context;

    @BeforeAll
    static void startSecondSandbox() throws Exception {
        second = SandboxServer.start(SandboxOptions.defaults().withLeads(400).withSeed(7));
    }

    @AfterAll
    static void stopSecondSandbox() {
        second.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeApp(FxRobot robot) {
        if (context != null) {
            robot.interact(context::close);
        }
    }

    @Test
    void switchingKeepsEachWorkspacesFilterAndPage(FxRobot robot) {
        Workspace real = saveSecondSandbox("Second sandbox");
        launch(robot);
        LeadTablePage table = waitForDemo(robot);

        quickSearch(robot, "an");
        String demoTotal = waitForFilteredTotal(table, "300");
        String secondPage = "21–" + Math.min(40, Integer.parseInt(demoTotal)) + " of " + demoTotal;
        table.next().waitForRange(secondPage);

        chooseWorkspace(robot, real.id());
        table.waitForRange("1–20 of 400");
        assertEquals("Lead Browser — Second sandbox", stage.getTitle());
        assertEquals("", quickSearchText(robot));
        robot.interact(() -> tableViewModel().setPageSize(50));
        table.waitForRange("1–50 of 400");

        chooseWorkspace(robot, Workspace.DEMO_ID);
        table.waitForRange(secondPage);
        assertEquals("an", quickSearchText(robot));

        chooseWorkspace(robot, real.id());
        table.waitForRange("1–50 of 400");
        robot.interact(context::close);
        context = null;
        assertEquals(real.id(), new SettingsStore(configDir).load().activeWorkspaceId());
    }

    @Test
    void aRestartRestoresTheWindowAndEachWorkspacesView(FxRobot robot) {
        launch(robot);
        LeadTablePage table = waitForDemo(robot);
        quickSearch(robot, "an");
        String total = waitForFilteredTotal(table, "300");
        table.clickHeader("Name").waitUntilLoaded();
        robot.interact(() -> {
            tableViewModel().setPageSize(10);
            tableViewModel().setColumnVisible("$phone", false);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        table.waitForRange("1–10 of " + total);
        robot.interact(() -> robot.lookup("#mainSplit").queryAs(SplitPane.class).setDividerPositions(0.3, 0.6));
        List<Double> dividers = context.mainWindow().currentWindowState(stage).dividers();
        String sort = table.sortShown();
        ViewState before = tableViewModel().currentViewState();

        restart(robot);
        table.waitForRange("1–10 of " + total);
        waitForSidePanes(robot);
        assertEquals(before, tableViewModel().currentViewState());
        assertEquals(sort, table.sortShown());
        assertTrue(robot.lookup("#filterRow0").tryQuery().isPresent()); // the restored filter, as a condition
        assertTrue(robot.lookup("#col-phone").tryQuery().isEmpty()
                || !robot.lookup("#col-phone").query().isVisible());
        assertEquals(1100, stage.getWidth());
        assertEquals(700, stage.getHeight());
        List<Double> restored = context.mainWindow().currentWindowState(stage).dividers();
        assertEquals(dividers.get(0), restored.get(0), 0.005);
        assertEquals(dividers.get(1), restored.get(1), 0.005);
    }

    @Test
    void theFilterAndCardFollowTheFirstRowsWithoutTakingTheFocus(FxRobot robot) {
        launch(robot);
        waitForDemo(robot);
        assertFalse(
                robot.lookup("#cardSlot").queryAs(StackPane.class).getChildren().isEmpty());
        assertEquals(
                context.mainWindow().currentTableView().getTable(),
                stage.getScene().getFocusOwner());
    }

    @Test
    void ctrlFRightAfterTheStartFocusesTheQuickSearch(FxRobot robot) {
        launch(robot);
        waitFor(() -> context.mainWindowViewModel().getSession() != null);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL); // maybe before the filter exists
        waitFor(() -> robot.lookup("#quickSearch")
                .tryQuery()
                .map(field -> field == stage.getScene().getFocusOwner())
                .orElse(false));
    }

    @Test
    void aDamagedSettingsFileGivesTheDemoAndSaysSoOnce(FxRobot robot) throws Exception {
        Files.writeString(configDir.resolve(SettingsStore.FILE_NAME), "{\"window\": [broken");
        launch(robot);
        waitForDemo(robot);
        assertEquals("Lead Browser — Demo workspace", stage.getTitle());
        assertTrue(label(robot, "#statusNotice").startsWith("Your settings could not be read"));

        restart(robot);
        waitForDemo(robot);
        assertEquals("", label(robot, "#statusNotice"));
    }

    @Test
    void aWorkspaceWithoutItsTokenShowsWhyAndOffersRetryAndTheDemo(FxRobot robot) {
        Workspace real = saveSecondSandbox("Lost token");
        withService(service -> service.activate(real.id()));
        new FileTokenStore(configDir).delete(real.id());
        launch(robot);

        waitFor(() -> !label(robot, "#connectError").isEmpty());
        String error = label(robot, "#connectError");
        assertEquals(
                "Could not open Lost token: No token is stored for \"Lost token\"; enter it again in the Workspaces"
                        + " dialog",
                error);
        assertFalse(error.contains("Exception"));
        assertTrue(robot.lookup("#connectRetryButton").query().isVisible());

        robot.clickOn("#connectRetryButton");
        waitFor(() -> !label(robot, "#connectError").isEmpty());

        robot.clickOn("#connectDemoButton");
        waitFor(() -> context.mainWindowViewModel().getSession() != null);
        waitForDemo(robot);
        assertEquals("Demo workspace", label(robot, "#statusWorkspace"));
        assertEquals("", label(robot, "#connectError"));
    }

    @Test
    void theWorkspaceDialogFixesTheActiveWorkspaceAndRemovingItOpensTheDemo(FxRobot robot) {
        Workspace real = saveSecondSandbox("Lost token");
        withService(service -> service.activate(real.id()));
        new FileTokenStore(configDir).delete(real.id());
        launch(robot);
        waitFor(() -> !label(robot, "#connectError").isEmpty());

        openWorkspaceDialog(robot);
        fill(robot, "#wsName", "Found again");
        fill(robot, "#wsToken", second.token());
        robot.clickOn("#wsSave");
        waitFor(() -> !label(robot, "#wsMessage").isEmpty());
        robot.clickOn("#wsClose");

        waitFor(() -> context.mainWindowViewModel().getSession() != null);
        new LeadTablePage(robot).waitForRange("1–20 of 400");
        assertEquals("Lead Browser — Found again", stage.getTitle());

        openWorkspaceDialog(robot);
        robot.clickOn("#wsRemove").clickOn("#wsConfirmRemove");
        waitFor(() -> label(robot, "#wsMessage").contains("emoved"));
        robot.clickOn("#wsClose");

        waitForDemo(robot);
        assertEquals("Lead Browser — Demo workspace", stage.getTitle());
        assertEquals(List.of(Workspace.demo()), context.mainWindowViewModel().getWorkspaces());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void launch(FxRobot robot) {
        robot.interact(() -> {
            context = new AppContext(new DemoWorkspaceConnector(DEMO), url -> {}, FilterPanelSlot::create);
            context.start(stage, configDir, FileTokenStore::new);
        });
    }

    /** Closes the app as on exit and starts it again on a new window with the same config directory. */
    private void restart(FxRobot robot) {
        robot.interact(() -> {
            context.close();
            stage.hide();
            stage = new Stage();
        });
        launch(robot);
        waitFor(() -> context.mainWindowViewModel().getSession() != null);
    }

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
        waitFor(() -> context.mainWindowViewModel().getSession() != null);
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        waitForSidePanes(robot);
        return table;
    }

    private static void waitForSidePanes(FxRobot robot) {
        waitFor(() -> robot.lookup("#quickSearch").tryQuery().isPresent());
    }

    private LeadTableViewModel tableViewModel() {
        return context.mainWindowViewModel().getSession().leadTable();
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

    private static void openWorkspaceDialog(FxRobot robot) {
        robot.clickOn("Workspace").clickOn("#manageWorkspacesItem");
        waitFor(() -> robot.lookup("#wsName").tryQuery().isPresent());
    }

    /** Sets a field's text as a paste would (typing costs ~100 ms a key on this machine). */
    private static void fill(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(text));
    }

    private static void chooseWorkspace(FxRobot robot, String workspaceId) {
        robot.clickOn("Workspace");
        robot.clickOn("#workspace-" + workspaceId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((Label) node).getText();
    }

    private static void waitFor(Callable<Boolean> condition) {
        LeadTablePage.waitFor(condition);
    }
}
