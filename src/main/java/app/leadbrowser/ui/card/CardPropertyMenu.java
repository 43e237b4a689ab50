package app.leadbrowser.ui.card;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.ui.cellfilter.CellFilterMenu;
import app.leadbrowser.ui.cellfilter.CellFilters;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;

/** Right-click a property on the card (or press the menu key on the selected one) to filter the list by its value. */
final class CardPropertyMenu {
    private final LeadCardViewModel vm;
    private final CellFilterMenu menu = new CellFilterMenu("propertyFilterMenu");

    CardPropertyMenu(LeadCardViewModel vm) {
        this.vm = vm;
    }

    /** What a filter choice does with its condition. */
    void setOnFilter(Consumer<Condition> action) {
        menu.setOnFilter(action);
    }

    /** Offers the menu on the rows of the Properties tab. */
    void install(TableView<PropertyRowViewModel> table) {
        table.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            PropertyRowViewModel row = event.isKeyboardTrigger()
                    ? table.getSelectionModel().getSelectedItem()
                    : rowAt(event.getPickResult().getIntersectedNode());
            Lead lead = vm.leadProperty().get();
            if (row == null || lead == null) {
                return;
            }
            menu.show(
                    table,
                    event.getScreenX(),
                    event.getScreenY(),
                    CellFilters.actionsFor(row.name(), row.label(), valueOf(lead, row), Instant.now()));
            event.consume();
        });
    }

    /** The value as the API sent it (typed), from the part of the lead the row comes from. */
    private static Object valueOf(Lead lead, PropertyRowViewModel row) {
        Map<String, Object> props =
                switch (row.group()) {
                    case SYSTEM -> lead.props();
                    case EVENT -> lead.propsEvents();
                    case CUSTOM -> lead.propsCustom();
                };
        return props.get(row.name());
    }

    private static PropertyRowViewModel rowAt(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof TableRow<?> row) {
                return row.getItem() instanceof PropertyRowViewModel item ? item : null;
            }
        }
        return null;
    }
}
