package app.leadbrowser.ui.leads;

import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The "Columns" menu under the table: a check item per column, and "Add column…" for any property seen. */
final class ColumnChooser {
    private final LeadColumnsViewModel vm;
    private final DialogService dialogs;
    private final MenuButton columnsButton = new MenuButton(Texts.get("leads.columns"));

    private ColumnChooser(LeadColumnsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    /** The menu button, kept in step with {@code vm}'s columns; asks for a new column's property through {@code dialogs}. */
    static MenuButton button(LeadColumnsViewModel vm, DialogService dialogs) {
        ColumnChooser chooser = new ColumnChooser(vm, dialogs);
        MenuButton button = chooser.columnsButton;
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId("columnsButton");
        button.setGraphic(Icons.COLUMNS.node());
        button.setTooltip(new Tooltip(Texts.get("help.tip.columns")));
        chooser.fillColumnChooser();
        vm.getColumns().addListener((ListChangeListener<LeadColumn>) change -> chooser.fillColumnChooser());
        return button;
    }

    private void fillColumnChooser() {
        columnsButton.getItems().clear();
        for (LeadColumn column : vm.getColumns()) {
            if (column.kind() == LeadColumn.Kind.PRESENCE) {
                continue;
            }
            CheckMenuItem item = new CheckMenuItem(column.title());
            item.setId("column-" + column.key());
            item.setSelected(column.visible());
            item.setOnAction(event -> vm.setColumnVisible(column.key(), item.isSelected()));
            columnsButton.getItems().add(item);
        }
        MenuItem add = new MenuItem(Texts.get("leads.addColumn"));
        add.setId("addColumnItem");
        add.setOnAction(event -> askForColumn());
        columnsButton.getItems().addAll(new SeparatorMenuItem(), add);
    }

    private void askForColumn() {
        List<String> known = vm.getKnownProperties();
        String some =
                String.join(", ", known.subList(0, Math.min(12, known.size()))) + (known.size() > 12 ? ", …" : "");
        dialogs.askText(new DialogService.TextQuestion(
                        Texts.get("leads.addColumn.title"),
                        Texts.get("leads.addColumn.header", some),
                        "",
                        text -> Optional.empty()))
                .ifPresent(vm::addColumn);
    }
}
