package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.Texts;
import java.util.function.Function;
import javafx.stage.Stage;

/**
 * The main window through language changes: opens it in the language chosen and, on "Restart now", closes it
 * (saving the settings) and opens a new one in the new language on a fresh stage, with the workspace, view and
 * window bounds as they were. A fresh stage, because the old window's listeners stay on its stage.
 */
public final class AppWindow implements AutoCloseable {
    private final LanguageChoice languages;
    private final Function<Stage, AppContext> opener;
    private Stage stage;
    private AppContext context;

    /**
     * @param opener builds the window on a stage and starts it, e.g. {@code stage -> new AppContext(…)} then
     *     {@code start(stage, …)}
     */
    public AppWindow(LanguageChoice languages, Function<Stage, AppContext> opener) {
        this.languages = languages;
        this.opener = opener;
    }

    /** Opens the window on {@code target} in the language chosen. Call on the FX thread. */
    public AppContext open(Stage target) {
        Texts.use(languages.locale());
        stage = target;
        context = opener.apply(target);
        context.mainWindow().setLanguageChoice(languages, this::restart, () -> target);
        return context;
    }

    /** Closes the window and opens it again in the language chosen now. */
    public void restart() {
        Stage old = stage;
        context.close();
        Stage fresh = new Stage();
        fresh.getIcons().setAll(old.getIcons());
        open(fresh);
        old.hide(); // after the new window shows: hiding the last window would end the app
    }

    /** The window open now. */
    public AppContext context() {
        return context;
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        languages.close();
    }
}
