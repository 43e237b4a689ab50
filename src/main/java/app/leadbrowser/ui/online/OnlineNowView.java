package app.leadbrowser.ui.online;

import app.leadbrowser.client.model.Presence;
import app.leadbrowser.ui.common.FxWindows;
import app.leadbrowser.ui.common.PresenceLegend;
import app.leadbrowser.ui.common.Texts;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The Online now list, bound to an {@link OnlineNowViewModel}: a tool bar (refresh, auto-refresh, summary), an
 * inline error bar with Retry, the leads, and the selected lead's presence details. Enter or a double click opens
 * the lead's card. The page's URL is shown as text, never as a link.
 */
public final class OnlineNowView {
    private final OnlineNowViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<OnlineLeadRowViewModel> table = new TableView<>();

    public OnlineNowView(OnlineNowViewModel vm) {
        this.vm = vm;
        root.setId("onlineNowView");
        root.getStylesheets()
                .add(OnlineNowView.class.getResource("online-now.css").toExternalForm());
        PresenceLegend.colorDotsIn(root);
        root.setTop(new VBox(toolBar(), errorBar()));
        root.setCenter(table());
        root.setBottom(details());
    }

    public Parent getRoot() {
        return root;
    }

    /** Puts the keyboard focus on the list. */
    public void focus() {
        table.requestFocus();
    }

    private Node toolBar() {
        Button refresh = new Button(Texts.get("online.refresh"));
        refresh.setId("onlineRefreshButton");
        refresh.setOnAction(event -> vm.refresh());
        CheckBox auto = new CheckBox(Texts.get("online.autoRefresh"));
        auto.setId("onlineAutoRefresh");
        auto.selectedProperty().bindBidirectional(vm.autoRefreshProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("onlineProgress");
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(vm.loadingProperty());
        Label summary = boundLabel("onlineSummary", vm.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, refresh, auto, progress, spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private Node errorBar() {
        Label message = boundLabel("onlineError", vm.errorMessageProperty());
        message.setWrapText(true);
        Label paused = new Label(Texts.get("online.paused"));
        paused.setId("onlinePausedNote");
        paused.visibleProperty().bind(vm.autoRefreshPausedProperty().and(vm.autoRefreshProperty()));
        paused.managedProperty().bind(paused.visibleProperty());
        Button retry = new Button(Texts.get("online.retry"));
        retry.setId("onlineRetryButton");
        retry.setOnAction(event -> vm.retry());
        HBox bar = new HBox(8, new Label("⚠"), new VBox(2, message, paused), retry);
        bar.setId("onlineErrorBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("online-error-bar");
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        bar.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node table() {
        table.setId("onlineTable");
        table.setItems(vm.getRows());
        table.setPlaceholder(new Label(Texts.get("online.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<OnlineLeadRowViewModel, Presence> presence = new TableColumn<>();
        presence.setId("onlinePresenceColumn");
        presence.setPrefWidth(28);
        presence.setResizable(false);
        presence.setCellValueFactory(
                data -> new ReadOnlyObjectWrapper<>(data.getValue().presence()));
        presence.setCellFactory(ignored -> new PresenceCell());
        table.getColumns()
                .setAll(java.util.List.of(
                        presence,
                        FxWindows.textColumn(Texts.get("online.column.name"), OnlineLeadRowViewModel::name, 150),
                        FxWindows.textColumn(Texts.get("online.column.contact"), OnlineLeadRowViewModel::contact, 170),
                        FxWindows.textColumn(Texts.get("online.column.lastSeen"), OnlineLeadRowViewModel::lastSeen, 90),
                        FxWindows.textColumn(
                                Texts.get("online.column.location"), OnlineLeadRowViewModel::location, 140)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> vm.select(row));
        vm.selectedProperty().addListener((obs, old, row) -> showSelection());
        vm.getRows().addListener((ListChangeListener<OnlineLeadRowViewModel>) change -> showSelection());
        table.setRowFactory(ignored -> {
            TableRow<OnlineLeadRowViewModel> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        return table;
    }

    /** Selects the ViewModel's lead in the list, found by id: a refresh brings new rows for the same leads. */
    private void showSelection() {
        OnlineLeadRowViewModel wanted = vm.selectedProperty().get();
        if (wanted == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(wanted.id())) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    private Node details() {
        Label note = boundLabel("onlineDetailsNote", vm.detailsNoteProperty());
        note.getStyleClass().add("online-muted");
        note.visibleProperty().bind(vm.detailsNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label page = boundLabel("onlinePage", vm.detailsPageProperty());
        Label url = boundLabel("onlineUrl", vm.detailsUrlProperty()); // text only: a page URL is not trusted
        url.setWrapText(true);
        Label session = boundLabel("onlineSession", vm.detailsSessionProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, key(Texts.get("online.details.page")), page);
        grid.addRow(1, key(Texts.get("online.details.url")), url);
        grid.addRow(2, key(Texts.get("online.details.started")), session);
        grid.visibleProperty().bind(vm.detailsNoteProperty().isEmpty());
        grid.managedProperty().bind(grid.visibleProperty());
        Button open = new Button(Texts.get("online.open"));
        open.setId("onlineOpenButton");
        open.disableProperty().bind(vm.selectedProperty().isNull());
        open.setOnAction(event -> vm.open(vm.selectedProperty().get()));
        VBox box = new VBox(6, note, grid, open);
        box.setId("onlineDetails");
        box.setPadding(new Insets(8));
        return box;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("online-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label boundLabel(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    /** A green (online) or amber (idle) dot, with the last-seen time to the second as its tooltip. */
    private static final class PresenceCell extends TableCell<OnlineLeadRowViewModel, Presence> {
        private final Circle dot = new Circle(5);

        @Override
        protected void updateItem(Presence presence, boolean empty) {
            super.updateItem(presence, empty);
            OnlineLeadRowViewModel row = empty ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            PresenceLegend.show(dot, presence);
            setGraphic(dot);
            setAlignment(Pos.CENTER);
            setTooltip(new Tooltip(Texts.get(
                    presence == Presence.ONLINE ? "online.presence.online" : "online.presence.idle",
                    row.lastSeenExact())));
        }
    }
}
