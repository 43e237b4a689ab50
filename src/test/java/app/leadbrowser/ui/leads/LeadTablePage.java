package app.leadbrowser.ui.leads;

import static app.leadbrowser.ui.common.FxWait.waitFor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The lead table as a person uses it: intent methods over the robot, nodes looked up by id. */
public final class LeadTablePage {
    private final FxRobot robot;

    public LeadTablePage(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    public TableView<LeadRowViewModel> table() {
        return robot.lookup("#leadTable").queryAs(TableView.class);
    }

    /** Waits until no page is loading and the range text is shown. */
    public LeadTablePage waitUntilLoaded() {
        waitFor(() -> !robot.lookup("#tableProgress").query().isVisible()
                && !rangeText().isEmpty());
        return this;
    }

    /** Waits until the range text reads {@code expected}. */
    public LeadTablePage waitForRange(String expected) {
        waitFor(() -> expected.equals(rangeText())
                && !robot.lookup("#tableProgress").query().isVisible());
        return this;
    }

    public String rangeText() {
        return label("#rangeLabel");
    }

    /** E.g. "List as of 14:32" (beside the total in the status bar). */
    public String listAsOf() {
        return label("#listAsOf");
    }

    /** The refresh button beside "List as of". */
    public LeadTablePage refreshList() {
        return click("#refreshListButton");
    }

    /** E.g. "Page 3 of 25". */
    public String pageText() {
        return label("#pageLabel");
    }

    public String capText() {
        Node cap = robot.lookup("#capMessage").query();
        return cap.isVisible() ? ((Label) cap).getText() : "";
    }

    public String errorText() {
        Node bar = robot.lookup("#errorBar").query();
        return bar.isVisible() ? label("#tableError") : "";
    }

    public LeadTablePage waitForError() {
        waitFor(() -> !errorText().isEmpty());
        return this;
    }

    public LeadTablePage next() {
        return click("#nextPageButton");
    }

    public LeadTablePage previous() {
        return click("#previousPageButton");
    }

    public LeadTablePage first() {
        return click("#firstPageButton");
    }

    public LeadTablePage last() {
        return click("#lastPageButton");
    }

    public LeadTablePage retry() {
        return click("#retryButton");
    }

    public boolean canGoNext() {
        return !robot.lookup("#nextPageButton").queryAs(Button.class).isDisabled();
    }

    /** Clicks the header of the column titled {@code title} (the server sorts). */
    public LeadTablePage clickHeader(String title) {
        robot.clickOn(robot.lookup(".column-header .label")
                .match((Label label) -> title.equals(label.getText()))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The sort shown in the header: the column's title and ASCENDING/DESCENDING, or "" when none. */
    public String sortShown() {
        TableView<LeadRowViewModel> table = table();
        if (table.getSortOrder().isEmpty()) {
            return "";
        }
        TableColumn<LeadRowViewModel, ?> column = table.getSortOrder().get(0);
        return column.getText() + " " + column.getSortType();
    }

    /** The column with the id {@code columnId}, e.g. "col-email". */
    public TableColumn<LeadRowViewModel, ?> column(String columnId) {
        return table().getColumns().stream()
                .filter(column -> columnId.equals(column.getId()))
                .findFirst()
                .orElseThrow();
    }

    /** The titles of the visible columns' headers, as labels. */
    public List<Labeled> headerTitles() {
        return robot
                .lookup("#leadTable .column-header .label")
                .match((Label label) -> label.getParent() instanceof TableColumnHeader && label.isVisible())
                .queryAllAs(Labeled.class)
                .stream()
                .toList();
    }

    /** The column's cells on screen that show a lead. */
    public List<Labeled> shownCells(String columnId) {
        return robot
                .lookup("#leadTable .table-cell")
                .match((TableCell<?, ?> cell) -> !cell.isEmpty()
                        && cell.isVisible()
                        && cell.getTableColumn() != null
                        && columnId.equals(cell.getTableColumn().getId()))
                .queryAllAs(Labeled.class)
                .stream()
                .toList();
    }

    /** Drags the right edge of the column's header by {@code dx} pixels (less than 0: narrower). */
    public LeadTablePage dragColumnEdge(String columnId, double dx) {
        robot.drag(columnEdge(columnId), MouseButton.PRIMARY).moveBy(dx, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Double-clicks the right edge of the column's header. */
    public LeadTablePage doubleClickColumnEdge(String columnId) {
        robot.moveTo(columnEdge(columnId)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private Point2D columnEdge(String columnId) {
        Node header = robot.lookup("#leadTable .column-header")
                .match((Node node) -> node instanceof TableColumnHeader && columnId.equals(node.getId()))
                .query();
        Bounds bounds = header.localToScreen(header.getBoundsInLocal());
        return new Point2D(bounds.getMaxX() - 1, bounds.getCenterY());
    }

    public List<String> ids() {
        return table().getItems().stream().map(LeadRowViewModel::id).collect(Collectors.toList());
    }

    public List<String> names() {
        return table().getItems().stream().map(LeadRowViewModel::name).collect(Collectors.toList());
    }

    /** Clicks the {@code index}th row (0-based). */
    public LeadTablePage clickRow(int index) {
        TableRow<?> row = robot.lookup("#leadTable .table-row-cell")
                .match((TableRow<?> cell) -> cell.getIndex() == index && !cell.isEmpty())
                .queryAs(TableRow.class);
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public int selectedIndex() {
        return table().getSelectionModel().getSelectedIndex();
    }

    public String selectedId() {
        LeadRowViewModel row = table().getSelectionModel().getSelectedItem();
        return row == null ? null : row.id();
    }

    public LeadTablePage press(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private LeadTablePage click(String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
