package app.leadbrowser.ui.shell;

import app.leadbrowser.os.SystemBrowser;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.settings.ConfigDir;
import app.leadbrowser.settings.TokenStores;
import app.leadbrowser.ui.common.BrowserLinkOpener;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.looks.LooksView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The one link opener: web links only, through the host services. */
    private final LinkOpener links =
            new BrowserLinkOpener(url -> getHostServices().showDocument(url), SystemBrowser::available);

    private AppWindow window;
    /** Whether the window opened once: a restart (new language) reads the settings anew, as they are now. */
    private boolean opened;

    public static void launchApp(String[] args) {
        StartTrace.mark("main");
        early = EarlyStart.begin(ConfigDir.resolve(), TokenStores::best, SandboxOptions.defaults());
        Application.launch(LeadBrowserApp.class, args);
    }

    /** Reads the language chosen before any window text is made (on the launcher thread, not the FX thread). */
    @Override
    public void init() {
        StartTrace.mark("toolkit started (init)");
        LanguageChoice languages = LanguageChoice.read(ConfigDir.resolve(), Locale.getDefault());
        window = new AppWindow(languages, this::openWindow);
        StartTrace.mark("language read");
    }

    @Override
    public void start(Stage stage) {
        StartTrace.mark("start(stage)");
        LooksView.useLightTheme(); // before any control exists: JavaFX then never loads its own Modena
        StartTrace.mark("theme set");
        // decoded off the FX thread, which builds the window meanwhile
        CompletableFuture.supplyAsync(LeadBrowserApp::icons)
                .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
        AppContext context = window.open(stage);
        FirstRowsProbe.installIfAsked(stage, context.mainWindowViewModel());
        StartTrace.mark("start(stage) done");
    }

    private AppContext openWindow(Stage stage) {
        AppContext context;
        if (!opened && early != null) {
            context = new AppContext(early.demoConnector(), links, FilterPanelSlot::create);
            context.start(stage, early::settings, early.settingsIfRead());
        } else {
            context = new AppContext(
                    new DemoWorkspaceConnector(SandboxOptions.defaults()), links, FilterPanelSlot::create);
            context.start(stage, ConfigDir.resolve(), TokenStores::best);
        }
        opened = true;
        return context;
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

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (early != null) {
            early.close();
        }
    }
}
