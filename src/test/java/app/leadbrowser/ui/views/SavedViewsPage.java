package app.leadbrowser.ui.views;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The saved views sidebar as a person uses it: intent methods over the robot, nodes looked up by id. */
public final class SavedViewsPage {
    private final FxRobot robot;

    /** The page of the sidebar, opened as a person would first (it starts folded while there are no views). */
    public SavedViewsPage(FxRobot robot) {
        this.robot = robot;
        robot.lookup("#savedViewsPane")
                .tryQueryAs(javafx.scene.control.TitledPane.class)
                .ifPresent(pane -> {
                    robot.interact(() -> pane.setExpanded(true));
                });
    }

    @SuppressWarnings("unchecked")
    private static final PseudoClass LAST_USED = PseudoClass.getPseudoClass("last-used");

    public ListView<SavedView> list() {
        return robot.lookup("#savedViewsList").queryAs(ListView.class);
    }

    public List<String> names() {
        return list().getItems().stream().map(SavedView::name).toList();
    }

    /** The name of the view marked in the list as used last, or null. */
    public String lastUsed() {
        return robot.lookup("#savedViewsList .list-cell")
                .match((ListCell<SavedView> cell) ->
                        cell.getItem() != null && cell.getPseudoClassStates().contains(LAST_USED))
                .tryQueryAs(ListCell.class)
                .map(cell -> ((SavedView) cell.getItem()).name())
                .orElse(null);
    }

    /** Clicks "Save…" and names the view. */
    public SavedViewsPage saveAs(String name) {
        robot.clickOn("#saveViewButton");
        return typeName(name).confirmName();
    }

    /** Types into the name dialog, replacing what is there. */
    public SavedViewsPage typeName(String name) {
        TextField field = robot.lookup("#dialogTextField").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(name, 0);
        return this;
    }

    public String nameProblem() {
        return robot.lookup("#dialogTextProblem").queryAs(Label.class).getText();
    }

    public boolean canConfirmName() {
        return !robot.lookup("#dialogTextOk").queryAs(Button.class).isDisabled();
    }

    public SavedViewsPage confirmName() {
        robot.clickOn("#dialogTextOk");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public SavedViewsPage cancelName() {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The list's cell that shows the view named {@code name}. */
    public ListCell<?> cell(String name) {
        return robot.lookup("#savedViewsList .list-cell")
                .match((ListCell<SavedView> cell) ->
                        cell.getItem() != null && name.equals(cell.getItem().name()))
                .queryAs(ListCell.class);
    }

    /** Clicks the view named {@code name} in the list. */
    public SavedViewsPage select(String name) {
        robot.clickOn(cell(name));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String selected() {
        SavedView view = list().getSelectionModel().getSelectedItem();
        return view == null ? null : view.name();
    }

    /** Selects {@code name} and presses Enter: the table shows the view. */
    public SavedViewsPage apply(String name) {
        return select(name).press(KeyCode.ENTER);
    }

    /** Selects {@code from}, presses F2 and gives the new name. */
    public SavedViewsPage rename(String from, String to) {
        select(from).press(KeyCode.F2);
        return typeName(to).confirmName();
    }

    public SavedViewsPage press(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public SavedViewsPage undo() {
        robot.clickOn("#undoDeleteViewButton");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public boolean undoOffered() {
        return robot.lookup("#undoDeleteViewButton").query().isVisible();
    }

    /** "More" → an item of it (e.g. {@code #importViewItem}). */
    public SavedViewsPage more(String itemId) {
        robot.clickOn("#moreViewsButton").clickOn(itemId);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String message() {
        return robot.lookup("#savedViewsMessage").queryAs(Label.class).getText();
    }

    public SavedViewsPage waitForMessage(String expected) {
        waitFor(() -> expected.equals(message()));
        return this;
    }
}
