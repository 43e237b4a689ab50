package app.leadbrowser.ui.help;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The About box, bound to an {@link AboutViewModel}. */
public final class AboutDialog {
    private AboutDialog() {}

    /** Shows the About box over {@code owner} (not waiting for it to close). */
    public static Dialog<ButtonType> show(Window owner, String appName, AboutViewModel vm) {
        Label name = new Label(appName);
        name.getStyleClass().add("title-3"); // AtlantaFX's heading sizes
        Label version = new Label(vm.versionText());
        version.setId("aboutVersion");
        Label tagline = new Label(Texts.get("help.about.tagline"));

        TableView<Library> libraries = new TableView<>(FXCollections.observableArrayList(vm.libraries()));
        libraries.setId("aboutLibraries");
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        libraries
                .getColumns()
                .setAll(java.util.List.of(
                        column(Texts.get("help.about.library"), Library::name, 190),
                        column(Texts.get("help.about.licence"), Library::licence, 170),
                        column(Texts.get("help.about.url"), Library::url, 260)));
        libraries.setPrefHeight(240);

        TextField folder = new TextField(vm.logFolderText());
        folder.setId("aboutLogFolder");
        folder.setEditable(false); // selectable and copyable, not a field to type in
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = Icons.FOLDER.on(new Button(Texts.get("help.about.openFolder")));
        open.setId("aboutOpenLogFolder");
        open.setOnAction(event -> vm.openLogFolder());
        Button copy = Icons.COPY.on(new Button(Texts.get("help.about.copyPath")));
        copy.setId("aboutCopyLogFolder");
        copy.setOnAction(event -> vm.copyLogFolderPath());
        HBox folderRow = new HBox(6, folder, open, copy);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("aboutMessage");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(vm.messageProperty());

        VBox content = new VBox(
                8,
                name,
                version,
                tagline,
                heading(Texts.get("help.about.libraries")),
                libraries,
                heading(Texts.get("help.about.logFolder")),
                folderRow,
                message);
        content.setId("aboutBox");
        content.setPadding(new Insets(4));
        content.setPrefWidth(660);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(Texts.get("help.about.title", appName));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
        return dialog;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static TableColumn<Library, String> column(String title, Function<Library, String> value, double width) {
        TableColumn<Library, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        return column;
    }
}
