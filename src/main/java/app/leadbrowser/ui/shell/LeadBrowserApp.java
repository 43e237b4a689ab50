package app.leadbrowser.ui.shell;

import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.settings.ConfigDir;
import app.leadbrowser.settings.TokenStores;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The desktop app: shows the main window at once and opens the active workspace; with none configured, the demo
 * workspace (the embedded sandbox) opens without a question. The settings are read, and the demo sandbox started
 * when it is the one to open, from before the toolkit starts ({@link EarlyStart}). Saves the window and views and
 * closes the sandbox and the background threads on exit.
 */
public final class LeadBrowserApp extends Application {
    /** Begun by {@link #launchApp} before the toolkit starts; the toolkit makes the instance that uses it. */
    private static EarlyStart early;

    private AppContext context;

    public static void launchApp(String[] args) {
        early = EarlyStart.begin(ConfigDir.resolve(), TokenStores::best, SandboxOptions.defaults());
        Application.launch(LeadBrowserApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // decoded off the FX thread, which builds the window meanwhile
        CompletableFuture.supplyAsync(LeadBrowserApp::icons)
                .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
        context = new AppContext(early.demoConnector(), this::openInBrowser, FilterPanelSlot::create);
        context.start(stage, early::settings);
        FirstRowsProbe.installIfAsked(stage, context.mainWindowViewModel());
    }

    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 256}) {
            icons.add(new Image(LeadBrowserApp.class
                    .getResource("icons/lead-browser-" + size + ".png")
                    .toExternalForm()));
        }
        return icons;
    }

    private void openInBrowser(String url) {
        getHostServices().showDocument(url);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        early.close();
    }
}
