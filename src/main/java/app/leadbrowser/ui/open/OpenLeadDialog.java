package app.leadbrowser.ui.open;

import app.leadbrowser.ui.common.FxWindows;
import app.leadbrowser.ui.common.Texts;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The small "Open lead" box (Ctrl+L): a field for a lead id, User ID, email, phone or name, the outcome in place,
 * and below it the leads found as one types, or the recent leads while the field is (nearly) empty. Enter opens the
 * first lead found (or looks the text up as an id when nothing was found yet); Down moves into the list, where
 * Enter or a double-click opens one. It closes once a card is opened, or with Esc.
 */
public final class OpenLeadDialog {
    private final OpenLeadViewModel vm;
    private final Stage stage = new Stage();
    private final TextField field = new TextField();
    private final ListView<RecentLead> recent = new ListView<>();
    private final FoundLeadsList found;

    private OpenLeadDialog(Window owner, OpenLeadViewModel vm, LeadFinder finder) {
        this.vm = vm;
        this.found = new FoundLeadsList(finder, vm::openFound);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.get("open.title"));
        Scene scene = new Scene(content());
        stage.setScene(scene);
        FxWindows.closeOnEscape(stage);
        stage.setOnHidden(event -> {
            vm.cancel();
            finder.cancel();
        });
        vm.openedProperty().addListener((obs, old, opened) -> {
            if (opened) {
                stage.close();
            }
        });
    }

    /** Shows the box over {@code owner}, the field focused, and returns at once. Call on the FX thread. */
    public static Stage show(Window owner, OpenLeadViewModel vm, LeadFinder finder, boolean focusRecent) {
        OpenLeadDialog dialog = new OpenLeadDialog(owner, vm, finder);
        dialog.stage.show();
        if (focusRecent && !dialog.recent.getItems().isEmpty()) {
            dialog.recent.requestFocus();
            dialog.recent.getSelectionModel().selectFirst();
        } else {
            dialog.field.requestFocus();
        }
        return dialog.stage;
    }

    private VBox content() {
        field.setId("openLeadField");
        field.setPromptText(Texts.get("open.prompt"));
        field.textProperty().bindBidirectional(vm.inputProperty());
        field.textProperty().addListener((obs, old, text) -> {
            found.dropWaiting();
            found.finder().search(text);
        });
        field.setOnAction(event -> openTyped());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            ListView<?> list = found.isShown() ? found.list() : recent;
            if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        Button open = new Button(Texts.get("open.button"));
        open.setId("openLeadButton");
        open.setDefaultButton(true);
        open.setOnAction(event -> openTyped());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("openLeadProgress");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.searchingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, busy, open);
        row.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("openLeadMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        recent.setId("recentLeadsList");
        recent.setItems(vm.recents().getLeads());
        recent.setPrefHeight(220);
        recent.setPlaceholder(new Label(Texts.get("open.recent.none")));
        recent.setCellFactory(list -> new RecentCell());
        recent.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                vm.openRecent(recent.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.UP
                    && recent.getSelectionModel().getSelectedIndex() <= 0) {
                field.requestFocus();
                event.consume();
            }
        });
        found.onUpFromTop(field::requestFocus);
        Label recentLabel = new Label(Texts.get("open.recent"));
        for (Node node : List.of(recentLabel, recent)) {
            node.visibleProperty().bind(found.shownProperty().not());
            node.managedProperty().bind(node.visibleProperty());
        }
        VBox.setVgrow(recent, Priority.ALWAYS);
        VBox.setVgrow(found.list(), Priority.ALWAYS);

        VBox root = new VBox(
                8, new Label(Texts.get("open.label")), row, message, recentLabel, recent, found.label(), found.list());
        root.setId("openLeadBox");
        root.setPadding(new Insets(14));
        root.setPrefWidth(480);
        return root;
    }

    /**
     * Enter in the field: the first lead found; while the search runs, the first it finds once it answers; when it
     * found none, the text looked up as an id or User ID (which says precisely what was not found).
     */
    private void openTyped() {
        if (found.isShown() && !found.list().getItems().isEmpty()) {
            vm.openFound(found.list().getItems().get(0));
        } else if (found.isShown() && found.finder().searchingProperty().get()) {
            found.whenAnswered(this::openTyped);
        } else {
            vm.open();
        }
    }

    private final class RecentCell extends ListCell<RecentLead> {
        RecentCell() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null) {
                    vm.openRecent(getItem());
                }
            });
        }

        @Override
        protected void updateItem(RecentLead item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : vm.recents().describe(item));
        }
    }
}
