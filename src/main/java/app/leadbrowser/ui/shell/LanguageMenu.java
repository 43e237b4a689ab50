package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.shell.LanguageChoice.Option;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

/**
 * View → Language: follow the system, English or Русский. The texts are built with the window, so a change
 * takes effect when the window is rebuilt: the menu offers "Restart now" (the window reopens as it was, in the
 * new language) or "Later" (at the next start).
 */
final class LanguageMenu {
    private LanguageMenu() {}

    /** Fills {@code menu} with the options of {@code languages}; "Restart now" runs {@code restart}. */
    static void fill(Menu menu, LanguageChoice languages, Runnable restart, Supplier<Window> owner) {
        ToggleGroup group = new ToggleGroup();
        menu.getItems().clear();
        for (Option option : Option.values()) {
            RadioMenuItem item = new RadioMenuItem(languages.label(option));
            item.setId("language-" + option.tag());
            item.setToggleGroup(group);
            item.setSelected(option == languages.chosen());
            item.setOnAction(event -> {
                if (languages.choose(option)) {
                    askToRestart(owner.get(), restart);
                }
            });
            menu.getItems().add(item);
        }
        menu.setDisable(false);
    }

    private static void askToRestart(Window owner, Runnable restart) {
        ButtonType now = new ButtonType(Texts.get("shell.language.restartNow"), ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Texts.get("shell.language.later"), ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("shell.language.restart.text"), now, later);
        ask.initOwner(owner);
        ask.setTitle(Texts.get("shell.menu.language"));
        ask.setHeaderText(Texts.get("shell.language.restart.header"));
        ask.getDialogPane().lookupButton(now).setId("restartNowButton");
        ask.getDialogPane().lookupButton(later).setId("restartLaterButton");
        // rebuilt after the dialog and the menu have closed, not from inside their event handling
        ask.showAndWait().filter(now::equals).ifPresent(answer -> Platform.runLater(restart));
    }
}
