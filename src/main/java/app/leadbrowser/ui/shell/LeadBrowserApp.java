package app.leadbrowser.ui.shell;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.settings.ConfigDir;
import app.leadbrowser.settings.TokenStores;
import app.leadbrowser.ui.looks.LooksView;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The desktop app: shows the main window at once, reads the settings in the background and opens the active
 * workspace; with none configured, the demo workspace (the embedded sandbox) opens without a question. Saves the
 * window and views and closes the sandbox and the background threads on exit.
 */
public final class LeadBrowserApp extends Application {
    private AppContext context;

    public static void launchApp(String[] args) {
        Application.launch(LeadBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LooksView.useLightTheme(); // before any control exists: JavaFX then never loads its own Modena
        for (int size : new int[] {16, 32, 48, 256}) {
            stage.getIcons()
                    .add(new Image(LeadBrowserApp.class
                            .getResource("icons/lead-browser-" + size + ".png")
                            .toExternalForm()));
        }
        context = new AppContext(
                new DemoWorkspaceConnector(SandboxOptions.defaults()), this::openInBrowser, FilterPanelSlot::create);
        context.start(stage, ConfigDir.resolve(), TokenStores::best);
        FirstRowsProbe.installIfAsked(stage, context.mainWindowViewModel());
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
