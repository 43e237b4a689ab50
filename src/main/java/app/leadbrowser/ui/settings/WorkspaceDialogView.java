package app.leadbrowser.ui.settings;

import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.WorkspaceNames;
import app.leadbrowser.ui.settings.WorkspaceDialogViewModel.Mode;
import app.leadbrowser.ui.settings.WorkspaceDialogViewModel.TestState;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The workspace dialog's content, in code: the list on the left, the editor on the right, Save and Close below.
 * It only binds to {@link WorkspaceDialogViewModel} and forwards clicks to its commands.
 */
public final class WorkspaceDialogView extends BorderPane {
    private final WorkspaceDialogViewModel model;
    private final ListView<Workspace> list = new ListView<>();

    /** @param onClose what "Close" does (the dialog closes its window) */
    public WorkspaceDialogView(WorkspaceDialogViewModel model, Runnable onClose) {
        this.model = model;
        getStylesheets()
                .add(Objects.requireNonNull(getClass().getResource("workspace-dialog.css"))
                        .toExternalForm());
        getStyleClass().add("workspace-dialog");
        setLeft(listPane());
        setCenter(editor());
        setBottom(buttons(onClose));
        setPadding(new Insets(12));
    }

    private VBox listPane() {
        list.setId("wsList");
        list.setItems(model.workspaces());
        list.setPrefWidth(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Workspace item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : item.isDemo() ? Texts.get("settings.builtIn", WorkspaceNames.of(item)) : item.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            // a cleared list selection (new workspace, list reloaded) must not reset the editor
            if (picked != null && !picked.equals(model.selectedProperty().get())) {
                model.select(picked);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> showSelection());
        model.workspaces().addListener((ListChangeListener<Workspace>) change -> showSelection());
        showSelection(); // the model may have picked a workspace before this view existed
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = button("wsAdd", Texts.get("settings.add"));
        add.setOnAction(e -> model.newWorkspace());
        Button remove = button("wsRemove", Texts.get("settings.remove"));
        remove.disableProperty().bind(model.canRemoveProperty().not());
        remove.setOnAction(e -> model.requestRemove());
        VBox pane = new VBox(8, new Label(Texts.get("settings.workspaces")), list, new HBox(8, add, remove));
        pane.setPadding(new Insets(0, 12, 0, 0));
        return pane;
    }

    private VBox editor() {
        TextField name = textField("wsName");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField appId = textField("wsAppId");
        appId.textProperty().bindBidirectional(model.appIdProperty());
        appId.setPromptText(Texts.get("settings.appId.prompt"));
        TextField baseUrl = textField("wsBaseUrl");
        baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(2);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // long error messages must not squeeze the labels
        form.getColumnConstraints().addAll(labels, grow);
        addRow(form, 0, Texts.get("settings.name"), name, errorLabel("wsNameError", model.nameErrorProperty()));
        addRow(form, 2, Texts.get("settings.appId"), appId, errorLabel("wsAppIdError", model.appIdErrorProperty()));
        addRow(
                form,
                4,
                Texts.get("settings.token"),
                tokenField(),
                errorLabel("wsTokenError", model.tokenErrorProperty()));
        addRow(
                form,
                6,
                Texts.get("settings.baseUrl"),
                baseUrl,
                errorLabel("wsBaseUrlError", model.baseUrlErrorProperty()));
        form.disableProperty().bind(model.editableProperty().not());

        Label demoNote = new Label(Texts.get("settings.demoNote"));
        demoNote.setId("wsDemoNote");
        demoNote.setWrapText(true);
        showWhen(demoNote, model.modeProperty().isEqualTo(Mode.DEMO));

        Label storage = new Label((model.isTokenInFile() ? "⚠ " : "") + model.tokenLocation());
        storage.setId("wsTokenStorage");
        storage.setWrapText(true);
        storage.getStyleClass().add(model.isTokenInFile() ? "note-warning" : "note");

        VBox editor = new VBox(
                10,
                demoNote,
                form,
                storage,
                testRow(),
                confirmUntestedSaveBar(),
                confirmRemoveBar(),
                confirmDiscardBar(),
                messageLabel());
        editor.setPrefWidth(460);
        return editor;
    }

    /** A password field and a plain one over each other, both bound to the token; "Show" swaps them. */
    private HBox tokenField() {
        PasswordField hidden = new PasswordField();
        hidden.setId("wsToken");
        hidden.textProperty().bindBidirectional(model.tokenProperty());
        hidden.promptTextProperty().bind(model.tokenPromptProperty());
        TextField shown = textField("wsTokenShown");
        shown.textProperty().bindBidirectional(model.tokenProperty());
        shown.promptTextProperty().bind(model.tokenPromptProperty());
        CheckBox show = new CheckBox(Texts.get("settings.token.show"));
        show.setId("wsShowToken");
        showWhen(shown, show.selectedProperty());
        showWhen(hidden, show.selectedProperty().not());
        StackPane fields = new StackPane(hidden, shown);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox row = new HBox(8, fields, show);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox testRow() {
        Button test = button("wsTest", Texts.get("settings.test"));
        test.disableProperty().bind(model.canTestProperty().not());
        test.setOnAction(e -> model.testConnection());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("wsTestProgress");
        progress.setPrefSize(18, 18);
        showWhen(progress, model.testStateProperty().isEqualTo(TestState.RUNNING));
        Label result = new Label();
        result.setId("wsTestResult");
        result.setWrapText(true);
        result.textProperty().bind(model.testResultProperty());
        model.testStateProperty().addListener((obs, old, state) -> {
            result.getStyleClass().removeAll("test-ok", "test-failed");
            if (state == TestState.SUCCEEDED) {
                result.getStyleClass().add("test-ok");
            } else if (state == TestState.FAILED) {
                result.getStyleClass().add("test-failed");
            }
        });
        HBox row = new HBox(8, test, progress, result);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox confirmRemoveBar() {
        return confirmBar(
                "wsRemove",
                Bindings.createStringBinding(
                        () -> model.selectedProperty().get() == null
                                ? ""
                                : Texts.get(
                                        "settings.remove.confirm",
                                        model.selectedProperty().get().name()),
                        model.selectedProperty()),
                "settings.remove",
                model::confirmRemove,
                model::cancelRemove,
                model.confirmingRemoveProperty());
    }

    /** Asks before saving values whose "Test connection" just failed. */
    private HBox confirmUntestedSaveBar() {
        return confirmBar(
                "wsUntestedSave",
                new SimpleStringProperty(Texts.get("settings.untested.confirm")),
                "settings.untested",
                model::confirmUntestedSave,
                model::cancelUntestedSave,
                model.confirmingUntestedSaveProperty());
    }

    /** Asks before unsaved changes are dropped; "Keep editing" puts the list back on the workspace being edited. */
    private HBox confirmDiscardBar() {
        model.confirmingDiscardProperty().addListener((obs, was, asking) -> {
            if (!asking) {
                showSelection();
            }
        });
        return confirmBar(
                "wsDiscard",
                model.discardQuestionProperty(),
                "settings.discard",
                model::confirmDiscard,
                model::cancelDiscard,
                model.confirmingDiscardProperty());
    }

    /**
     * A question with its two answers, shown while {@code asking}: the bar is {@code #<name>Bar}, its buttons
     * {@code #wsConfirm<Name>} and {@code #wsCancel<Name>} with the texts {@code <texts>.yes} and {@code <texts>.no}.
     */
    private static HBox confirmBar(
            String name,
            ObservableValue<String> question,
            String texts,
            Runnable yes,
            Runnable no,
            ObservableBooleanValue asking) {
        String answer = name.substring("ws".length());
        Button confirm = button("wsConfirm" + answer, Texts.get(texts + ".yes"));
        confirm.setOnAction(e -> yes.run());
        Button cancel = button("wsCancel" + answer, Texts.get(texts + ".no"));
        cancel.setOnAction(e -> no.run());
        Label text = new Label();
        text.textProperty().bind(question);
        HBox bar = new HBox(8, text, confirm, cancel);
        bar.setId(name + "Bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("confirm-bar");
        showWhen(bar, asking);
        return bar;
    }

    private Label messageLabel() {
        Label message = new Label();
        message.setId("wsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        return message;
    }

    private ButtonBar buttons(Runnable onClose) {
        Button save = button("wsSave", Texts.get("settings.save"));
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button close = button("wsClose", Texts.get("common.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> model.requestClose(onClose));
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(save, close);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private void showSelection() {
        Workspace selected = model.selectedProperty().get();
        if (selected == null) {
            list.getSelectionModel().clearSelection();
        } else if (!selected.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(selected);
        }
    }

    private static void addRow(GridPane form, int row, String text, Node field, Label error) {
        Label label = new Label(text);
        label.setLabelFor(field);
        form.add(label, 0, row);
        form.add(field, 1, row);
        form.add(error, 1, row + 1);
    }

    private static Label errorLabel(String id, ObservableStringValue message) {
        Label error = new Label();
        error.setId(id);
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(message);
        return error;
    }

    private static TextField textField(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
