package app.leadbrowser.ui.cellfilter;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import app.leadbrowser.ui.card.PropertyRowViewModel;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Filter from what you see" as a person uses it: right-click a value, pick a choice; copy with the hover icon. */
final class FilterFromCellPage {
    private final FxRobot robot;

    FilterFromCellPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Right-clicks the lead table's cell in row {@code index} of the column with id {@code columnId}. */
    FilterFromCellPage rightClickCell(int index, String columnId) {
        rightClick(cell(index, columnId));
        return this;
    }

    /** Right-clicks the card's property row of this API name (it must be on screen, e.g. after a search). */
    FilterFromCellPage rightClickProperty(String name) {
        Node row = robot.lookup("#propertiesTable .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof PropertyRowViewModel p
                        && p.name().equals(name))
                .query();
        rightClick(row);
        return this;
    }

    /** Chooses the menu item of this action id ({@code showOnly}, {@code exclude}, {@code lessThan}, …). */
    FilterFromCellPage choose(String actionId) {
        robot.clickOn("#cellFilter-" + actionId);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The text of the menu item of this action id, while the menu is open. */
    String itemText(String actionId) {
        return robot.lookup("#cellFilter-" + actionId + " .label")
                .queryAs(Label.class)
                .getText();
    }

    /** Moves the mouse over the cell, then clicks the copy icon that appears. */
    FilterFromCellPage copyWithIcon(int index, String columnId) {
        TableCell<?, ?> cell = cell(index, columnId);
        robot.moveTo(cell);
        Node icon = cell.lookup(".lead-copy-icon");
        waitFor(icon::isVisible);
        robot.clickOn(icon);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * A right click: the mouse press (which selects the row) and the context menu request. Headless Monocle turns no
     * click into a menu request (a desktop's windowing system does), so the page sends the one it would.
     */
    private void rightClick(Node node) {
        robot.clickOn(node, MouseButton.SECONDARY);
        Bounds screen = node.localToScreen(node.getBoundsInLocal());
        Point2D local = node.screenToLocal(screen.getCenterX(), screen.getCenterY());
        Point2D scene = node.localToScene(local);
        robot.interact(() -> Event.fireEvent(
                node,
                new ContextMenuEvent(
                        ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        local.getX(),
                        local.getY(),
                        screen.getCenterX(),
                        screen.getCenterY(),
                        false,
                        new PickResult(node, scene.getX(), scene.getY()))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    TableCell<?, ?> cell(int index, String columnId) {
        return robot.lookup("#leadTable .table-cell")
                .match((TableCell<?, ?> c) -> c.getIndex() == index
                        && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null
                        && c.getTableRow().getItem() != null)
                .query();
    }
}
