package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.help.Shortcuts;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main window's keys that no menu item carries (F1 lists them with the menus' accelerators). */
final class WindowShortcuts {
    private WindowShortcuts() {}

    /**
     * @param focusQuickSearch Ctrl+F
     * @param showPalette Ctrl+K
     */
    static void install(Scene scene, MainWindowViewModel vm, Runnable focusQuickSearch, Runnable showPalette) {
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                Texts.get("help.key.reload"),
                vm::refresh);
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                Texts.get("help.key.quickSearch"),
                focusQuickSearch);
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                Texts.get("help.key.nextLead"),
                () -> walk(vm, 1));
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                Texts.get("help.key.previousLead"),
                () -> walk(vm, -1));
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                Texts.get("help.key.palette"),
                showPalette);
        Shortcuts.describe(scene, new KeyCodeCombination(KeyCode.F10), Texts.get("help.key.menuBar"));
    }

    /** Alt+Down / Alt+Up: the next or previous lead of the list in the card. */
    private static void walk(MainWindowViewModel vm, int direction) {
        WorkspaceSession session = vm.getSession();
        if (session != null && direction > 0) {
            session.walk().next();
        } else if (session != null) {
            session.walk().previous();
        }
    }
}
