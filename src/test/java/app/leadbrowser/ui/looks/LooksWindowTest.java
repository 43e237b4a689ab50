package app.leadbrowser.ui.looks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.settings.PreferencesStore;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View → Theme and Density in the real window: the app's stylesheet changes at once and the choice is kept. */
@WindowOnSandboxTest.Leads(100)
class LooksWindowTest extends WindowOnSandboxTest {
    @TempDir
    Path configDir;

    PreferencesStore store;

    @AfterEach
    void backToLight() {
        WaitForAsyncUtils.asyncFx(LooksView::useLightTheme); // the stylesheet is the whole app's: leave it as found
    }

    private void keepPreferences() {
        store = new PreferencesStore(configDir, Duration.ofMillis(10));
        store.load();
        WaitForAsyncUtils.asyncFx(() -> context.usePreferences(store));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses the View menu's item with this id, as a click on it would (sub-menus are fiddly to reach by mouse). */
    private void choose(FxRobot robot, String itemId) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .flatMap(entry -> entry instanceof Menu sub ? sub.getItems().stream() : Stream.of(entry))
                .filter(entry -> itemId.equals(entry.getId()))
                .findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((RadioMenuItem) item).isSelected());
    }

    @Test
    void theWindowStartsInTheLightThemeWithItsOwnStylesheet(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
        Parent root = robot.lookup("#mainWindow").queryParent();
        assertTrue(root.getScene().getStylesheets().stream().anyMatch(css -> css.endsWith("looks.css")));
    }

    @Test
    void switchingToDarkChangesTheStylesheetAndIsKept(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        keepPreferences();

        choose(robot, "theme-dark");
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        assertEquals(ThemeChoice.DARK, context.looks().themeChoiceProperty().get());
        store.flush();
        assertEquals("dark", new PreferencesStore(configDir).load().theme());

        choose(robot, "theme-light");
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
        store.flush();
        assertEquals("light", new PreferencesStore(configDir).load().theme());
    }

    @Test
    void compactDensityMarksTheWindowAndIsKept(FxRobot robot) {
        new LeadTablePage(robot).waitUntilLoaded();
        keepPreferences();
        Parent root = robot.lookup("#mainWindow").queryParent();
        assertFalse(root.getStyleClass().contains(LooksView.COMPACT));

        choose(robot, "density-compact");
        assertTrue(root.getStyleClass().contains(LooksView.COMPACT));
        store.flush();
        assertEquals("compact", new PreferencesStore(configDir).load().density());
    }
}
