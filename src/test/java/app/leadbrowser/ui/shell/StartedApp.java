package app.leadbrowser.ui.shell;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.settings.FileTokenStore;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.ui.common.FxWait;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app as it starts for real, on the test's primary stage with the settings in a config directory the test
 * owns, and the demo workspace served by a sandbox of a given size; started again as a user would, and closed
 * after each test. Register it on an instance field of a test run with the {@code ApplicationExtension}: {@code
 * @RegisterExtension final StartedApp app = StartedApp.withDemoLeads(300);}
 */
public final class StartedApp implements AfterEachCallback {
    private final SandboxOptions demo;
    private Path configDir;
    private Stage stage;
    private AppContext context;

    private StartedApp(SandboxOptions demo) {
        this.demo = demo;
    }

    public static StartedApp withDemoLeads(int leads) {
        return new StartedApp(SandboxOptions.defaults().withLeads(leads));
    }

    /** Starts the app with the settings in {@code configDir}; does not wait for the workspace to open. */
    public void launch(FxRobot robot, Path configDir) {
        this.configDir = configDir;
        if (stage == null) {
            stage = FxToolkit.toolkitContext().getRegisteredStage();
        }
        robot.interact(() -> {
            context = new AppContext(new DemoWorkspaceConnector(demo), url -> {}, FilterPanelSlot::create);
            context.start(stage, configDir, FileTokenStore::new);
        });
    }

    /** Closes the app as on exit and starts it again on a new window with the same config directory. */
    public void restart(FxRobot robot) {
        closeForRestart(robot);
        launch(robot, configDir);
        waitForWorkspace();
        waitForSidePanes(robot);
    }

    /**
     * Closes the app as on exit and starts it again as its launcher does: the settings are read before the window
     * opens ({@link EarlyStart}). Returns the window's bounds as the start left them, before any pulse ran.
     */
    public WindowState restartWithSettingsRead(FxRobot robot) {
        closeForRestart(robot);
        EarlyStart early = EarlyStart.begin(configDir, FileTokenStore::new, demo);
        FxWait.waitFor(() -> early.settingsIfRead().isPresent());
        WindowState[] started = new WindowState[1];
        robot.interact(() -> {
            context = new AppContext(early.demoConnector(), url -> {}, FilterPanelSlot::create);
            context.start(stage, early::settings, early.settingsIfRead());
            started[0] = context.mainWindow().currentWindowState(stage);
        });
        return started[0];
    }

    private void closeForRestart(FxRobot robot) {
        robot.interact(() -> {
            context.close();
            stage.hide();
            stage = new Stage();
        });
    }

    /** Closes the app as on exit. */
    public void close(FxRobot robot) {
        robot.interact(context::close);
        context = null;
    }

    /** Waits until a workspace is open (the window is built before the settings are read). */
    public void waitForWorkspace() {
        FxWait.waitFor(() -> context.mainWindowViewModel().getSession() != null);
    }

    /** Waits for the filter and card panes, which are built once the first rows are painted. */
    public void waitForSidePanes(FxRobot robot) {
        FxWait.waitFor(() -> robot.lookup("#quickSearch").tryQuery().isPresent());
    }

    public Stage stage() {
        return stage;
    }

    public AppContext context() {
        return context;
    }

    @Override
    public void afterEach(ExtensionContext extensionContext) {
        if (context != null) {
            close(new FxRobot());
        }
    }
}
