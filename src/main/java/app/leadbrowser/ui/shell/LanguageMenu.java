package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.shell.LanguageChoice.Option;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Language: follow the system, English or Русский. The texts are built with the window, so a change
 * takes effect when the window is rebuilt: the menu offers "Restart now" (the window reopens as it was, in the
 * new language) or "Later" (at the next start).
 */
final class LanguageMenu {
    private LanguageMenu() {}

    /** Fills {@code menu} with the options of {@code languages}; "Restart now" runs {@code restart}. */
    static void fill(Menu menu, LanguageChoice languages, Runnable restart, DialogService dialogs) {
        ToggleGroup group = new ToggleGroup();
        menu.getItems().clear();
        for (Option option : Option.values()) {
            RadioMenuItem item = new RadioMenuItem(languages.label(option));
            item.setId("language-" + option.tag());
            item.setToggleGroup(group);
            item.setSelected(option == languages.chosen());
            item.setOnAction(event -> {
                if (languages.choose(option) && dialogs.confirm(restartQuestion())) {
                    // rebuilt after the dialog and the menu have closed, not from inside their event handling
                    Platform.runLater(restart);
                }
            });
            menu.getItems().add(item);
        }
        menu.setDisable(false);
    }

    private static DialogService.Question restartQuestion() {
        return new DialogService.Question(
                Texts.get("shell.menu.language"),
                Texts.get("shell.language.restart.header"),
                Texts.get("shell.language.restart.text"),
                Texts.get("shell.language.restartNow"),
                Texts.get("shell.language.later"));
    }
}
