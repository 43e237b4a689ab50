package app.leadbrowser.ui.help;

import app.leadbrowser.ui.help.Shortcuts.Shortcut;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The shortcuts sheet and the About box as a person uses them. */
public final class HelpPage {
    private final FxRobot robot;

    public HelpPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Presses F1 and waits for the sheet. */
    public HelpPage openShortcuts() {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<Shortcut> shortcuts() {
        return List.copyOf(
                robot.lookup("#shortcutsTable").queryAs(TableView.class).getItems());
    }

    public boolean sheetShown() {
        return robot.lookup("#shortcutsSheet")
                .tryQuery()
                .map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    public HelpPage closeSheetWithEscape() {
        robot.clickOn("#shortcutsTable").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Help → About Lead Browser. */
    public HelpPage openAbout() {
        robot.clickOn("Help").clickOn("#aboutItem");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String aboutVersion() {
        return robot.lookup("#aboutVersion").queryAs(Label.class).getText();
    }

    public String aboutLogFolder() {
        return robot.lookup("#aboutLogFolder").queryAs(TextField.class).getText();
    }

    @SuppressWarnings("unchecked")
    public List<Library> aboutLibraries() {
        return List.copyOf(
                robot.lookup("#aboutLibraries").queryAs(TableView.class).getItems());
    }

    public HelpPage copyLogFolderPath() {
        robot.clickOn("#aboutCopyLogFolder");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String aboutMessage() {
        return robot.lookup("#aboutMessage").queryAs(Label.class).getText();
    }
}
