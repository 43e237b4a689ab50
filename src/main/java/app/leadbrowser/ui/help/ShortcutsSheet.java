package app.leadbrowser.ui.help;

import app.leadbrowser.ui.common.FxWindows;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.help.Shortcuts.Shortcut;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The shortcuts sheet (F1): a window beside the main one, not modal, listing every shortcut of the main window as
 * {@link Shortcuts} collects it when the sheet is opened. Escape or Close hides it.
 */
public final class ShortcutsSheet {
    private final Window owner;
    private final TableView<Shortcut> table = new TableView<>();
    private Stage stage;

    public ShortcutsSheet(Window owner) {
        this.owner = owner;
    }

    /** Shows the sheet (or brings it to the front) with the shortcuts of the owner's scene as they are now. */
    public void show() {
        table.setItems(FXCollections.observableArrayList(Shortcuts.of(owner.getScene())));
        if (stage == null) {
            stage = createStage();
        }
        stage.show();
        stage.toFront();
    }

    private Stage createStage() {
        table.setId("shortcutsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(java.util.List.of(
                        column(Texts.get("help.shortcuts.keys"), Shortcut::keys, 140),
                        column(Texts.get("help.shortcuts.action"), Shortcut::action, 260),
                        column(Texts.get("help.shortcuts.area"), Shortcut::area, 140)));
        Button close = new Button(Texts.get("common.close"));
        close.setId("shortcutsCloseButton");
        close.setCancelButton(true);
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(table);
        root.setId("shortcutsSheet");
        root.setBottom(buttons);
        root.setPadding(new Insets(10));

        Stage sheet = new Stage();
        sheet.initOwner(owner);
        sheet.setTitle(Texts.get("help.shortcuts.title"));
        Scene scene = new Scene(root, 600, 520);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        close.setOnAction(event -> sheet.hide());
        sheet.setScene(scene);
        FxWindows.closeOnEscape(sheet);
        return sheet;
    }

    private static TableColumn<Shortcut, String> column(String title, Function<Shortcut, String> value, double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        return column;
    }
}
