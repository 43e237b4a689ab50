package app.leadbrowser.ui.shell;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.Texts;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
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
        useForJavaFxTexts(Texts.locale());
        stage = target;
        context = opener.apply(target);
        context.mainWindow().setLanguageChoice(languages, this::restart);
        return context;
    }

    /**
     * JavaFX's own texts (a text field's menu, the buttons of its dialogs) follow the JVM's default locale: set to
     * the window's language, so that they do not speak the system's language when the user chose English. Only the
     * language: the default format locale stays the system's. JavaFX has no Russian texts: with Russian they are
     * English.
     */
    private static void useForJavaFxTexts(Locale language) {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(language);
        Locale.setDefault(Locale.Category.FORMAT, format);
    }

    /** Closes the window and opens it again in the language chosen now, with the card that was open. */
    public void restart() {
        Stage old = stage;
        WorkspaceSession shown = context.mainWindowViewModel().getSession();
        LeadSummary openCard = shown == null ? null : shown.selection().getSelected();
        context.close();
        Stage fresh = new Stage();
        fresh.getIcons().setAll(old.getIcons());
        open(fresh);
        if (openCard != null) {
            reopenCard(shown.workspace(), openCard);
        }
        old.hide(); // after the new window shows: hiding the last window would end the app
    }

    /** Opens {@code lead}'s card once the new window shows {@code workspace} again. */
    private void reopenCard(Workspace workspace, LeadSummary lead) {
        MainWindowViewModel vm = context.mainWindowViewModel();
        MainWindow window = context.mainWindow();
        ChangeListener<WorkspaceSession> once = new ChangeListener<>() {
            @Override
            public void changed(
                    ObservableValue<? extends WorkspaceSession> value, WorkspaceSession old, WorkspaceSession now) {
                if (now != null) {
                    value.removeListener(this);
                    if (now.workspace().id().equals(workspace.id())) {
                        window.openLeadCard(() -> now.selection().select(lead));
                    }
                }
            }
        };
        vm.sessionProperty().addListener(once);
        once.changed(vm.sessionProperty(), null, vm.getSession());
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
