package app.leadbrowser.ui.export;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import app.leadbrowser.export.ExportFormat;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The export window as a person uses it: opened with Ctrl+E, filled in, run, its outcome read. */
public final class ExportPage {
    private final FxRobot robot;

    public ExportPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Presses Ctrl+E in the main window and waits for the export window. */
    public ExportPage open() {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        return this;
    }

    public Stage stage() {
        return (Stage) robot.lookup("#exportDialog").query().getScene().getWindow();
    }

    public String scopeText(String id) {
        return robot.lookup(id).queryAs(RadioButton.class).getText();
    }

    public boolean isChosen(String scopeId) {
        return robot.lookup(scopeId).queryAs(RadioButton.class).isSelected();
    }

    public boolean isOffered(String scopeId) {
        return !robot.lookup(scopeId).queryAs(RadioButton.class).isDisabled();
    }

    public ExportPage choose(String scopeId) {
        robot.clickOn(scopeId);
        return this;
    }

    @SuppressWarnings("unchecked")
    public ExportPage format(ExportFormat format) {
        ComboBox<ExportFormat> combo = robot.lookup("#exportFormat").queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(format));
        return this;
    }

    /** Ticks "Raw property keys". */
    public ExportPage rawKeys() {
        robot.clickOn("#exportRawKeys");
        return this;
    }

    public boolean rawKeysOffered() {
        return !robot.lookup("#exportRawKeys").queryAs(CheckBox.class).isDisabled();
    }

    public ExportPage path(String path) {
        TextField field = robot.lookup("#exportPath").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(path, 0);
        return this;
    }

    public String path() {
        return robot.lookup("#exportPath").queryAs(TextField.class).getText();
    }

    public ExportPage start() {
        robot.clickOn("#exportStart");
        return this;
    }

    public ExportPage cancel() {
        robot.clickOn("#exportCancel");
        return this;
    }

    public boolean running() {
        return visible("#exportCancel");
    }

    public ExportPage waitUntilRunning() {
        waitFor(this::running);
        return this;
    }

    /** Waits until the run has ended (done, failed or cancelled) and its outcome is shown. */
    public ExportPage waitUntilEnded() {
        waitFor(() -> !running() && visible("#exportMessage"));
        return this;
    }

    public boolean fileButtonsShown() {
        return visible("#exportOpenFile") && visible("#exportShowInFolder");
    }

    public ExportPage openFile() {
        robot.clickOn("#exportOpenFile");
        return this;
    }

    public ExportPage showInFolder() {
        robot.clickOn("#exportShowInFolder");
        return this;
    }

    public String message() {
        return robot.lookup("#exportMessage").queryAs(Label.class).getText();
    }

    public String fileMessage() {
        return robot.lookup("#exportFileMessage").queryAs(Label.class).getText();
    }

    public ExportPage close() {
        robot.clickOn("#exportClose");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private boolean visible(String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible();
    }
}
