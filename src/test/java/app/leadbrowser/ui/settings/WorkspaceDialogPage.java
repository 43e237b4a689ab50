package app.leadbrowser.ui.settings;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace dialog as a user sees it: intent methods over the robot, nodes looked up by id. */
public final class WorkspaceDialogPage {
    private final FxRobot robot;

    public WorkspaceDialogPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Clicks "Add" and fills the form (the base URL replaces the default). */
    WorkspaceDialogPage addWorkspace(String name, String appId, String token, String baseUrl) {
        robot.clickOn("#wsAdd");
        fill("#wsName", name);
        fill("#wsAppId", appId);
        fill("#wsToken", token);
        fill("#wsBaseUrl", baseUrl);
        return this;
    }

    /**
     * Focuses a field and sets its text in one step, as a paste would: the robot's key-by-key typing costs
     * about 100 ms a character on this shared machine. {@link #typeInto} types for real.
     */
    public WorkspaceDialogPage fill(String fieldId, String text) {
        TextInputControl field = robot.lookup(fieldId).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(text));
        return this;
    }

    /** Replaces the text of a field by typing, like a user who selects all and types over it. */
    WorkspaceDialogPage typeInto(String fieldId, String text) {
        TextInputControl field = robot.lookup(fieldId).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        if (text.isEmpty()) {
            robot.interact(field::clear);
        } else {
            robot.write(text, 0);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks "Test connection" and waits until the result is shown. */
    String testConnection() throws TimeoutException {
        robot.clickOn("#wsTest");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#wsTestProgress").query().isVisible()
                        && !testResult().isEmpty());
        return testResult();
    }

    String testResult() {
        return label("#wsTestResult");
    }

    /** The message under a field ("wsName", "wsAppId", "wsToken", "wsBaseUrl"); empty when it is fine. */
    String errorOf(String fieldId) {
        return label("#" + fieldId + "Error");
    }

    boolean canSave() {
        return !robot.lookup("#wsSave").queryAs(Button.class).isDisabled();
    }

    /** Clicks "Save" and waits for the outcome (the token store works in the background). */
    public WorkspaceDialogPage save() {
        robot.clickOn("#wsSave");
        awaitMessage();
        return this;
    }

    public String message() {
        return label("#wsMessage");
    }

    /** The names in the list, as shown. */
    List<String> workspaceNames() {
        ListView<?> list = robot.lookup("#wsList").queryAs(ListView.class);
        return robot.lookup("#wsList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell ->
                        !cell.isEmpty() && cell.getIndex() < list.getItems().size())
                .sorted(Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText)
                .toList();
    }

    WorkspaceDialogPage select(String shownName) {
        robot.clickOn(robot.lookup("#wsList .list-cell")
                .match((Node node) -> node instanceof ListCell<?> cell && shownName.equals(cell.getText()))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks "Remove…" and confirms. */
    public WorkspaceDialogPage removeSelected() {
        robot.clickOn("#wsRemove");
        robot.clickOn("#wsConfirmRemove");
        awaitMessage();
        return this;
    }

    /** Clicks "Close": the dialog closes (after asking, when the editor has unsaved changes). */
    public void close() {
        robot.clickOn("#wsClose");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitMessage() {
        waitFor(() -> !message().isEmpty());
    }

    boolean isShown(String id) {
        return robot.lookup(id).query().isVisible();
    }

    String tokenStorageNote() {
        return label("#wsTokenStorage");
    }

    private String label(String id) {
        String text = robot.lookup(id).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
