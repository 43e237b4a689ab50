package app.leadbrowser.ui.leads;

import app.leadbrowser.ui.common.DialogButtons;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The "Columns" menu under the table: a check item per column, and "Add column…" for any property seen. */
final class ColumnChooser {
    private final LeadColumnsViewModel vm;
    private final Node owner;
    private final MenuButton columnsButton = new MenuButton(Texts.get("leads.columns"));

    private ColumnChooser(LeadColumnsViewModel vm, Node owner) {
        this.vm = vm;
        this.owner = owner;
    }

    /** The menu button, kept in step with {@code vm}'s columns; dialogs open over {@code owner}'s window. */
    static MenuButton button(LeadColumnsViewModel vm, Node owner) {
        ColumnChooser chooser = new ColumnChooser(vm, owner);
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
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(Texts.get("leads.addColumn.title"));
        dialog.setHeaderText(Texts.get(
                "leads.addColumn.header",
                String.join(
                                ", ",
                                vm.getKnownProperties()
                                        .subList(
                                                0,
                                                Math.min(
                                                        12,
                                                        vm.getKnownProperties().size())))
                        + (vm.getKnownProperties().size() > 12 ? ", …" : "")));
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        dialog.getEditor().setId("addColumnField");
        dialog.initOwner(owner.getScene() == null ? null : owner.getScene().getWindow());
        dialog.showAndWait().ifPresent(vm::addColumn);
    }
}
