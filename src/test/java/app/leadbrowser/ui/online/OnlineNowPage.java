package app.leadbrowser.ui.online;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Online now window as a person uses it: intent methods over the robot, nodes looked up by id. */
final class OnlineNowPage {
    private final FxRobot robot;

    OnlineNowPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens the window with its shortcut from the main window. */
    OnlineNowPage openWithShortcut() {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> !robot.lookup("#onlineNowView").queryAll().isEmpty() && isShowing());
        return this;
    }

    boolean isShowing() {
        return robot.listWindows().stream()
                .filter(Window::isShowing)
                .anyMatch(window ->
                        window.getScene() != null && window.getScene().getRoot().lookup("#onlineNowView") != null);
    }

    /** Waits until the list shows {@code count} leads and no refresh is running. */
    OnlineNowPage waitForRows(int count) {
        waitFor(() -> table().getItems().size() == count
                && !robot.lookup("#onlineProgress").query().isVisible());
        return this;
    }

    @SuppressWarnings("unchecked")
    TableView<OnlineLeadRowViewModel> table() {
        return robot.lookup("#onlineTable").queryAs(TableView.class);
    }

    List<String> ids() {
        return table().getItems().stream().map(OnlineLeadRowViewModel::id).toList();
    }

    OnlineNowPage clickRow(int index) {
        robot.clickOn(row(index));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Enter on the selected row opens its card. */
    OnlineNowPage pressEnter() {
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The "Open card" button under the details. */
    OnlineNowPage openCard() {
        robot.clickOn("#onlineOpenButton");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    OnlineNowPage refresh() {
        robot.clickOn("#onlineRefreshButton");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    OnlineNowPage retry() {
        robot.clickOn("#onlineRetryButton");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    OnlineNowPage pressEscape() {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The error bar's message while it is shown, else "". */
    String errorText() {
        Node bar = robot.lookup("#onlineErrorBar").query();
        return bar.isVisible() ? text("#onlineError") : "";
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Waits until the details pane shows a lead's page (not a note). */
    OnlineNowPage waitForDetails() {
        waitFor(() ->
                text("#onlineDetailsNote").isEmpty() && !text("#onlinePage").isEmpty());
        return this;
    }

    private Node row(int index) {
        return robot.lookup("#onlineTable .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == index && !row.isEmpty())
                .query();
    }
}
