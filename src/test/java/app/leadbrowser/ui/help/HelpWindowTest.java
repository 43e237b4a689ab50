package app.leadbrowser.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.AppVersion;
import app.leadbrowser.logging.LogDir;
import app.leadbrowser.ui.help.Shortcuts.Shortcut;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** F1's shortcuts sheet, the About box, and tooltips on the window's buttons, in the real window. */
@WindowOnSandboxTest.Leads(100)
class HelpWindowTest extends WindowOnSandboxTest {

    @Test
    void f1ShowsEveryShortcutOfTheWindow(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        HelpPage help = new HelpPage(robot).openShortcuts();
        assertTrue(help.sheetShown());
        List<Shortcut> shortcuts = help.shortcuts();
        List<String> keys = shortcuts.stream().map(Shortcut::keys).collect(Collectors.toList());
        String ctrlF = shortcut(KeyCode.F);
        assertTrue(keys.contains(ctrlF), keys.toString()); // the menu item and the scene's accelerator: once
        assertEquals(1, keys.stream().filter(ctrlF::equals).count());
        assertTrue(keys.contains("F1"));
        assertTrue(keys.contains("F5"));
        assertTrue(keys.contains(shortcut(KeyCode.R)), "a scene accelerator outside the menus");
        assertTrue(keys.contains(shortcut(KeyCode.RIGHT)), "a key the table handles itself: " + keys);
        assertTrue(keys.stream().anyMatch(k -> k.contains(" / ")), "keys the filter handles: " + keys);
        assertEquals(
                List.of(),
                shortcuts.stream().filter(s -> s.action().isBlank()).collect(Collectors.toList()),
                "every shortcut says what it does");

        help.closeSheetWithEscape();
        assertFalse(help.sheetShown());
    }

    @Test
    void altUpAndDownOnlyWalkTheLeadsAndMovingAConditionOrAViewTakesOtherKeys(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        HelpPage help = new HelpPage(robot).openShortcuts();
        List<Shortcut> shortcuts = help.shortcuts();
        help.closeSheetWithEscape();

        for (KeyCode key : List.of(KeyCode.UP, KeyCode.DOWN)) {
            String alt = new KeyCodeCombination(key, KeyCombination.ALT_DOWN).getDisplayText();
            List<String> meanings = actionsOf(shortcuts, alt);
            assertEquals(1, meanings.size(), alt + " means " + meanings);
            assertTrue(meanings.get(0).contains("lead of the list"), meanings.get(0));
            String move = new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    .getDisplayText();
            List<String> moves = actionsOf(shortcuts, move);
            assertTrue(moves.stream().anyMatch(action -> action.contains("condition")), move + ": " + moves);
            assertTrue(moves.stream().anyMatch(action -> action.contains("saved view")), move + ": " + moves);
        }
    }

    /** What the lines of the sheet listing {@code keys} (alone or among others, "A / B") say. */
    private static List<String> actionsOf(List<Shortcut> shortcuts, String keys) {
        return shortcuts.stream()
                .filter(s -> List.of(s.keys().split(" / ")).contains(keys))
                .map(Shortcut::action)
                .collect(Collectors.toList());
    }

    private static String shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    @Test
    void aboutShowsTheVersionLibrariesAndLogFolder(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        HelpPage help = new HelpPage(robot).openAbout();
        assertEquals("Version " + AppVersion.get(), help.aboutVersion());
        assertEquals(LogDir.resolve().toAbsolutePath().toString(), help.aboutLogFolder());
        assertTrue(help.aboutLibraries().stream()
                .anyMatch(library -> library.name().equals("AtlantaFX")));
        help.copyLogFolderPath();
        assertEquals("The path is copied.", help.aboutMessage());
    }

    @Test
    void everyButtonOfTheWindowHasATooltip(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        List<String> without =
                robot.lookup("#mainWindow .button, #mainWindow .menu-button").queryAllAs(ButtonBase.class).stream()
                        .filter(button -> button.getTooltip() == null) // shown or not: each is shown at some point
                        .map(button -> button.getId() + " “" + button.getText() + "”")
                        .collect(Collectors.toList());
        assertEquals(List.of(), without);
        assertTrue(robot.lookup("#nextPageButton").queryAs(Button.class).getTooltip() != null);
    }
}
