package app.leadbrowser.ui.export;

import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.ui.common.FileDialogs;
import app.leadbrowser.ui.common.FxWindows;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.export.ExportViewModel.Scope;
import app.leadbrowser.ui.export.ExportViewModel.State;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The export window: scope, format and file, then progress with Cancel and the outcome with "Open file" and "Show in
 * folder". It does not block the main window, which stays usable while the export runs; closing it cancels a
 * running export.
 */
public final class ExportDialog {
    private final ExportViewModel vm;
    private final FileDialogs fileDialogs;
    private final Stage stage = new Stage();

    private ExportDialog(Window owner, ExportViewModel vm, FileDialogs fileDialogs) {
        this.vm = vm;
        this.fileDialogs = fileDialogs;
        stage.initOwner(owner);
        stage.setTitle(Texts.get("export.title"));
        Scene scene = new Scene(content());
        scene.getStylesheets()
                .add(ExportDialog.class
                        .getResource("/app/leadbrowser/ui/export/export-dialog.css")
                        .toExternalForm());
        stage.setScene(scene);
        FxWindows.closeOnEscape(stage);
        stage.setOnHidden(event -> vm.cancel());
        // the outcome adds lines and buttons: grow the window to show them
        vm.stateProperty().addListener((obs, old, state) -> Platform.runLater(stage::sizeToScene));
        vm.fileMessageProperty().addListener((obs, old, text) -> Platform.runLater(stage::sizeToScene));
    }

    /** Shows the export window over {@code owner} (not modal) and returns at once. Call on the FX thread. */
    public static Stage show(Window owner, ExportViewModel vm, FileDialogs fileDialogs) {
        ExportDialog dialog = new ExportDialog(owner, vm, fileDialogs);
        dialog.stage.show();
        return dialog.stage;
    }

    private VBox content() {
        BooleanBinding running = vm.stateProperty().isEqualTo(State.RUNNING);

        ToggleGroup scopes = new ToggleGroup();
        RadioButton filter = new RadioButton(vm.getFilterScopeText());
        filter.setId("exportScopeFilter");
        filter.setToggleGroup(scopes);
        filter.setUserData(Scope.FILTER);
        RadioButton selection = new RadioButton(vm.getSelectionScopeText());
        selection.setId("exportScopeSelection");
        selection.setToggleGroup(scopes);
        selection.setUserData(Scope.SELECTION);
        selection.setDisable(!vm.hasSelection());
        scopes.selectToggle(vm.scopeProperty().get() == Scope.SELECTION ? selection : filter);
        scopes.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                vm.scopeProperty().set((Scope) chosen.getUserData());
            }
        });
        VBox scopeBox = new VBox(4, filter, selection);
        scopeBox.disableProperty().bind(running);

        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportFormat.values());
        format.setButtonCell(new FormatCell());
        format.setCellFactory(list -> new FormatCell());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.disableProperty().bind(running);

        CheckBox rawKeys = new CheckBox(Texts.get("export.rawKeys"));
        rawKeys.setId("exportRawKeys");
        rawKeys.setTooltip(new Tooltip(Texts.get("export.rawKeys.tip")));
        rawKeys.selectedProperty().bindBidirectional(vm.rawKeysProperty());
        rawKeys.disableProperty().bind(running.or(vm.hasColumnsBinding().not()));
        rawKeys.setWrapText(true);

        TextField path = new TextField();
        path.setId("exportPath");
        path.textProperty().bindBidirectional(vm.pathProperty());
        path.setPrefColumnCount(36);
        path.disableProperty().bind(running);
        path.setOnAction(event -> vm.start());
        Button browse = new Button(Texts.get("export.browse"));
        browse.setId("exportBrowse");
        browse.setOnAction(event -> browse());
        browse.disableProperty().bind(running);
        HBox.setHgrow(path, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(0, label(Texts.get("export.what")), scopeBox);
        form.addRow(1, label(Texts.get("export.format")), new VBox(8, format, rawKeys));
        form.addRow(2, label(Texts.get("export.file")), new HBox(6, path, browse));

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Label progressText = new Label();
        progressText.setId("exportProgressText");
        progressText.textProperty().bind(vm.progressTextProperty());
        VBox progressBox = new VBox(4, progress, progressText);
        progressBox.visibleProperty().bind(running);
        progressBox.managedProperty().bind(progressBox.visibleProperty());

        Label message = wrapping("exportMessage");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label fileMessage = wrapping("exportFileMessage");
        fileMessage.textProperty().bind(vm.fileMessageProperty());
        fileMessage.getStyleClass().add("export-file-message");
        fileMessage.visibleProperty().bind(vm.fileMessageProperty().isNotEmpty());
        fileMessage.managedProperty().bind(fileMessage.visibleProperty());

        VBox root = new VBox(14, form, progressBox, message, fileMessage, buttons(running));
        root.setId("exportDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);
        return root;
    }

    private Node buttons(BooleanBinding running) {
        BooleanBinding done = vm.stateProperty().isEqualTo(State.DONE);
        Button open = button("exportOpenFile", Texts.get("export.openFile"), vm::openFile);
        Button folder = button("exportShowInFolder", Texts.get("export.showInFolder"), vm::showInFolder);
        showOnlyWhen(open, done);
        showOnlyWhen(folder, done);
        Button start = button("exportStart", Texts.get("export.start"), vm::start);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartBinding().not());
        showOnlyWhen(start, running.not());
        Button cancel = button("exportCancel", Texts.get("export.cancel"), vm::cancel);
        cancel.disableProperty().bind(vm.cancellingProperty());
        showOnlyWhen(cancel, running);
        Button close = button("exportClose", Texts.get("export.close"), stage::close);
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, open, folder, spacer, start, cancel, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private void browse() {
        Path current = Path.of(
                        vm.pathProperty().get().isBlank()
                                ? "."
                                : vm.pathProperty().get())
                .toAbsolutePath();
        String extension = vm.formatProperty().get().extension();
        fileDialogs
                .chooseSave(stage, Texts.get("export.browse.title"), current, extension)
                .ifPresent(chosen -> vm.pathProperty().set(chosen.toString()));
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static void showOnlyWhen(Node node, BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static final class FormatCell extends ListCell<ExportFormat> {
        @Override
        protected void updateItem(ExportFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : textOf(item));
        }

        private static String textOf(ExportFormat format) {
            switch (format) {
                case JSONL:
                    return Texts.get("export.format.jsonl");
                case XLSX:
                    return Texts.get("export.format.xlsx");
                default:
                    return Texts.get("export.format.csv");
            }
        }
    }
}
