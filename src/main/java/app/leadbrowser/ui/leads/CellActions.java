package app.leadbrowser.ui.leads;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.cellfilter.CellFilterMenu;
import app.leadbrowser.ui.cellfilter.CellFilters;
import app.leadbrowser.ui.common.Texts;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * What a person can do with a cell of the lead table without opening the card: right-click it to filter by its
 * value (one menu for the whole table, built when asked), and copy an email or phone with the icon shown on hover.
 */
final class CellActions {
    private static final Set<String> COPYABLE = Set.of("$email", "$phone");
    private static final String COPY_ICON = "leadCopyIcon";
    private static final String COPY_SHAPE = "M5 1h8v10h-2V3H5z M2 4h8v10H2z";

    private final TableView<LeadRowViewModel> table;
    private final LeadTableViewModel vm;
    private final CellFilterMenu menu = new CellFilterMenu("cellFilterMenu");

    CellActions(TableView<LeadRowViewModel> table, LeadTableViewModel vm) {
        this.table = table;
        this.vm = vm;
        table.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showFilterMenu);
    }

    /** What a filter choice does with its condition. */
    void setOnFilter(Consumer<Condition> action) {
        menu.setOnFilter(action);
    }

    /**
     * Gives an email or phone cell with a value its copy icon (visible while hovered); others none. The icon, once
     * made, stays the cell's graphic and is hidden while the cell has no value: a graphic taken off and put back
     * on costs a CSS pass for it on every page change.
     */
    void decorate(TableCell<LeadRowViewModel, String> cell, LeadRowViewModel row, LeadColumn column) {
        if (column == null || !COPYABLE.contains(column.key())) {
            return;
        }
        boolean hasValue =
                row != null && cell.getText() != null && !cell.getText().isEmpty();
        CopyIcon icon = (CopyIcon) cell.getProperties().get(COPY_ICON);
        if (icon == null) {
            if (!hasValue) {
                return;
            }
            icon = new CopyIcon(copyIcon(cell));
            cell.getProperties().put(COPY_ICON, icon);
            icon.node().visibleProperty().bind(cell.hoverProperty().and(icon.hasValue()));
            cell.setGraphic(icon.node());
            cell.setContentDisplay(ContentDisplay.RIGHT);
        }
        icon.hasValue().set(hasValue);
        if (hasValue) {
            icon.node().setAccessibleText(Texts.get("cellfilter.copy", column.title()));
        }
    }

    /** A cell's copy icon and whether the cell has a value to copy. */
    private record CopyIcon(Node node, BooleanProperty hasValue) {
        CopyIcon(Node node) {
            this(node, new SimpleBooleanProperty());
        }
    }

    /** A plain shape, not a Button: one per email and phone cell, so it must cost little to make. */
    private Node copyIcon(TableCell<LeadRowViewModel, String> cell) {
        SVGPath shape = new SVGPath();
        shape.setContent(COPY_SHAPE);
        shape.getStyleClass().add("cell-action-glyph");
        StackPane icon = new StackPane(shape);
        icon.getStyleClass().add("lead-copy-icon");
        icon.setPadding(new Insets(0, 2, 0, 4));
        icon.setCursor(Cursor.HAND);
        icon.setAccessibleRole(AccessibleRole.BUTTON);
        icon.setOnMouseClicked(event -> {
            LeadRowViewModel row =
                    cell.getTableRow() == null ? null : cell.getTableRow().getItem();
            if (event.getButton() == MouseButton.PRIMARY && row != null) {
                vm.copyCell(row, (LeadColumn) cell.getTableColumn().getUserData());
            }
        });
        // the row must not see the click: copying neither selects the lead nor opens its card
        icon.addEventHandler(MouseEvent.ANY, Event::consume);
        return icon;
    }

    private void showFilterMenu(ContextMenuEvent event) {
        LeadRowViewModel row;
        LeadColumn column;
        TableCell<?, ?> cell = cellAt(event.getPickResult().getIntersectedNode());
        if (cell != null && cell.getTableRow() != null && cell.getTableRow().getItem() != null) {
            row = (LeadRowViewModel) cell.getTableRow().getItem();
            column = (LeadColumn) cell.getTableColumn().getUserData();
        } else if (event.isKeyboardTrigger()) {
            row = table.getSelectionModel().getSelectedItem();
            column = focusedColumn();
        } else {
            return;
        }
        if (row == null || column == null || column.kind() == LeadColumn.Kind.PRESENCE) {
            return;
        }
        LeadSummary lead = row.summary();
        String property = propertyOf(column, lead);
        String label = column.kind() == LeadColumn.Kind.LOCATION ? null : column.title();
        menu.show(
                table,
                event.getScreenX(),
                event.getScreenY(),
                label == null
                        ? CellFilters.actionsFor(property, lead.prop(property), Instant.now())
                        : CellFilters.actionsFor(property, label, lead.prop(property), Instant.now()));
        event.consume();
    }

    /** The "City / country" column filters by the city, or by the country when only that is known. */
    private static String propertyOf(LeadColumn column, LeadSummary lead) {
        if (column.kind() != LeadColumn.Kind.LOCATION) {
            return column.key();
        }
        return !PropValues.isKnown(lead.prop("$city")) && PropValues.isKnown(lead.prop("$country"))
                ? "$country"
                : "$city";
    }

    /** The focused cell's column; with whole rows selected, the first visible column with text. */
    private LeadColumn focusedColumn() {
        TablePosition<LeadRowViewModel, ?> focused = table.getFocusModel().getFocusedCell();
        TableColumn<LeadRowViewModel, ?> column = focused == null ? null : focused.getTableColumn();
        if (column != null) {
            return (LeadColumn) column.getUserData();
        }
        return vm.columns().getColumns().stream()
                .filter(c -> c.visible() && c.kind() != LeadColumn.Kind.PRESENCE)
                .findFirst()
                .orElse(null);
    }

    private static TableCell<?, ?> cellAt(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof TableCell<?, ?> cell) {
                return cell;
            }
        }
        return null;
    }
}
