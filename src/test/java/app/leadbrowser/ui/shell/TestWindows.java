package app.leadbrowser.ui.shell;

import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.SandboxClients;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;

/** Opens the real main window on a test's stage, connected to a sandbox the test owns. */
public final class TestWindows {
    private TestWindows() {}

    /** The window with the demo workspace served by {@code sandbox} (not closed with the window). */
    public static AppContext open(Stage stage, SandboxServer sandbox) {
        return open(stage, sandbox, Map.of());
    }

    /** The same, with views kept from a last run (as the settings store would restore them). */
    public static AppContext open(Stage stage, SandboxServer sandbox, Map<String, ViewState> savedViews) {
        return open(stage, sandbox, savedViews, 1280, 800);
    }

    /** The same, in a window of {@code width} × {@code height}. */
    public static AppContext open(
            Stage stage, SandboxServer sandbox, Map<String, ViewState> savedViews, int width, int height) {
        return open(stage, sandbox, savedViews, new WindowState(0, 0, width, height, false, List.of(0.2, 0.66)));
    }

    /** The same, with the window's place, size and dividers as {@code window} says. */
    public static AppContext open(
            Stage stage, SandboxServer sandbox, Map<String, ViewState> savedViews, WindowState window) {
        WorkspaceConnector connector =
                workspace -> new WorkspaceConnector.Connection(workspace, SandboxClients.withoutRetries(sandbox), null);
        AppContext context = new AppContext(connector, url -> {}, FilterPanelSlot::create);
        context.mainWindowViewModel().setSavedViewStates(savedViews);
        context.mainWindow().show(stage, window);
        context.start(Workspace.demo());
        return context;
    }
}
