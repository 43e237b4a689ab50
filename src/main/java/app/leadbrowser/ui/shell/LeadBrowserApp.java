package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: shows the main window at once, then opens the demo workspace (the embedded sandbox, started
 * off the FX thread) without asking anything. Closes the sandbox and the background threads on exit.
 */
public final class LeadBrowserApp extends Application {
    private AppContext context;

    public static void launchApp(String[] args) {
        Application.launch(LeadBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        context = new AppContext(DemoWorkspaceConnector.demoOnly(), this::openInBrowser, FilterPanelSlot::create);
        context.mainWindow().show(stage, WindowState.defaults());
        context.start(Workspace.demo());
    }

    private void openInBrowser(String url) {
        getHostServices().showDocument(url);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
