package app.leadbrowser.ui.shell;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.settings.ConfigDir;
import app.leadbrowser.settings.TokenStores;
import app.leadbrowser.ui.looks.LooksView;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The desktop app: shows the main window at once, reads the settings in the background and opens the active
 * workspace; with none configured, the demo workspace (the embedded sandbox) opens without a question. Saves the
 * window and views and closes the sandbox and the background threads on exit.
 */
public final class LeadBrowserApp extends Application {
    private AppWindow window;

    public static void launchApp(String[] args) {
        Application.launch(LeadBrowserApp.class, args);
    }

    /** Reads the language chosen before any window text is made (on the launcher thread, not the FX thread). */
    @Override
    public void init() {
        LanguageChoice languages = LanguageChoice.read(ConfigDir.resolve(), Locale.getDefault());
        window = new AppWindow(languages, this::openWindow);
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
        AppContext context = window.open(stage);
        FirstRowsProbe.installIfAsked(stage, context.mainWindowViewModel());
    }

    private AppContext openWindow(Stage stage) {
        AppContext context = new AppContext(
                new DemoWorkspaceConnector(SandboxOptions.defaults()), this::openInBrowser, FilterPanelSlot::create);
        context.start(stage, ConfigDir.resolve(), TokenStores::best);
        return context;
    }

    private void openInBrowser(String url) {
        getHostServices().showDocument(url);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
