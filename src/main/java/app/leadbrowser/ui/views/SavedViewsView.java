package app.leadbrowser.ui.views;

import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.common.FileDialogs;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TruncatedTooltip;
import app.leadbrowser.ui.help.Shortcuts;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The saved views sidebar: a collapsible list above the filter. Enter or a double-click applies a view, F2 renames,
 * Delete deletes (with Undo), Ctrl+Shift+Up/Down or dragging reorders; the buttons do the same, and "More" shares a
 * view as a file.
 */
public final class SavedViewsView {
    private final SavedViewsViewModel vm;
    private final FileDialogs files;
    private final DialogService dialogs;
    private static final String STYLESHEET =
            SavedViewsView.class.getResource("saved-views.css").toExternalForm();
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass LAST_USED = PseudoClass.getPseudoClass("last-used");
    private static final KeyCombination MOVE_UP =
            new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination MOVE_DOWN =
            new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ListView<SavedView> list = new ListView<>();
    private final TitledPane root;

    public SavedViewsView(SavedViewsViewModel vm, FileDialogs files, DialogService dialogs) {
        this.vm = vm;
        this.files = files;
        this.dialogs = dialogs;
        list.setId("savedViewsList");
        list.setItems(vm.getViews());
        // as tall as its views, within bounds: the filter below needs the room more
        list.prefHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(60, Math.min(160, vm.getViews().size() * 24.0 + 6)), vm.getViews()));
        list.setPlaceholder(placeholder());
        list.setCellFactory(ignored -> new ViewCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Alt+Up/Down walk the leads everywhere in the window; moving a view takes keys of its own
        Shortcuts.declare(list, Texts.get("help.area.views"), Texts.get("help.key.moveView"), MOVE_UP, MOVE_DOWN);
        vm.lastUsedProperty().addListener((obs, old, last) -> list.refresh());

        Label message = new Label();
        message.setId("savedViewsMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("saved-views-message");
        message.pseudoClassStateChanged(ERROR, vm.errorProperty().get());
        vm.errorProperty().addListener((obs, old, error) -> message.pseudoClassStateChanged(ERROR, error));
        Button undo = new Button(Texts.get("views.undo"));
        undo.setId("undoDeleteViewButton");
        undo.setOnAction(event -> vm.undoDelete());
        undo.visibleProperty().bind(vm.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        HBox messageBar = new HBox(6, message, undo);
        messageBar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        messageBar.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageBar.managedProperty().bind(messageBar.visibleProperty());

        VBox content = new VBox(6, list, toolbar(), messageBar);
        content.setPadding(new Insets(6));
        root = new TitledPane(Texts.get("views.title"), content);
        root.setId("savedViewsPane");
        root.setMinWidth(0); // the left pane may be narrow: the toolbar wraps, the names are cut with a tooltip
        content.setMinWidth(0);
        root.getStylesheets().add(STYLESHEET);
        root.setAnimated(false);
        root.setExpanded(!vm.getViews().isEmpty()); // folded while empty: the filter below needs the height more
    }

    /** The sidebar, to place above the filter. */
    public Node getRoot() {
        return root;
    }

    /** Asks for a name and saves the table's current state as a view (the menu's "Save current view…"). */
    public void saveCurrent() {
        root.setExpanded(true);
        askName(Texts.get("views.name.saveTitle"), "", null)
                .flatMap(vm::saveCurrent)
                .ifPresent(saved -> list.getSelectionModel().select(saved));
    }

    private Node toolbar() {
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button save = button("saveViewButton", Texts.get("views.save"), Texts.get("views.save.tip"), this::saveCurrent);
        Button apply = button(
                "applyViewButton",
                Texts.get("views.apply"),
                Texts.get("views.apply.tip"),
                () -> withSelected(vm::apply));
        Button rename = button("renameViewButton", "✎", Texts.get("views.rename.tip"), this::renameSelected);
        Button delete = button("deleteViewButton", "✕", Texts.get("views.delete.tip"), () -> withSelected(vm::delete));
        Button up = button("moveViewUpButton", "▲", Texts.get("views.moveUp.tip"), () -> moveSelected(-1));
        Button down = button("moveViewDownButton", "▼", Texts.get("views.moveDown.tip"), () -> moveSelected(+1));
        for (Button needsOne : new Button[] {apply, rename, delete, up, down}) {
            needsOne.disableProperty().bind(none);
        }
        MenuItem update = new MenuItem(Texts.get("views.update"));
        update.setId("updateViewItem");
        update.disableProperty().bind(none);
        update.setOnAction(event -> withSelected(vm::updateFromCurrent));
        MenuItem export = new MenuItem(Texts.get("views.export"));
        export.setId("exportViewItem");
        export.disableProperty().bind(none);
        export.setOnAction(event -> exportSelected());
        MenuItem importView = new MenuItem(Texts.get("views.import"));
        importView.setId("importViewItem");
        importView.setOnAction(event -> importView());
        MenuButton more = new MenuButton(Texts.get("views.more"), null, update, export, importView);
        more.setId("moreViewsButton");
        more.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(4, 4, save, apply, rename, delete, up, down, more); // wraps in a narrow pane
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        bar.setPrefWrapLength(150); // a narrow pane's width: wider panes lay the buttons on fewer lines
        return bar;
    }

    private void onKey(KeyEvent event) {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER) {
            vm.apply(selected);
        } else if (event.getCode() == KeyCode.F2) {
            renameSelected();
        } else if (event.getCode() == KeyCode.DELETE) {
            vm.delete(selected);
        } else if (MOVE_UP.match(event)) {
            moveSelected(-1);
        } else if (MOVE_DOWN.match(event)) {
            moveSelected(+1);
        } else {
            return;
        }
        event.consume();
    }

    private void withSelected(java.util.function.Consumer<SavedView> action) {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        }
    }

    private void renameSelected() {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        askName(Texts.get("views.name.renameTitle"), selected.name(), selected).ifPresent(name -> {
            if (vm.rename(selected, name)) {
                list.getSelectionModel().select(vm.getViews().indexOf(find(selected.id())));
            }
        });
    }

    private void moveSelected(int by) {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (by < 0) {
            vm.moveUp(selected);
        } else {
            vm.moveDown(selected);
        }
        list.getSelectionModel().select(selected);
        list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
    }

    private void exportSelected() {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        Path suggested = Path.of(System.getProperty("user.home"), fileNameOf(selected.name()) + ".json");
        files.chooseSave(root.getScene().getWindow(), Texts.get("views.exportTitle"), suggested, "json")
                .ifPresent(file -> vm.exportTo(selected, file));
    }

    private void importView() {
        files.chooseOpen(
                        root.getScene().getWindow(),
                        Texts.get("views.importTitle"),
                        Path.of(System.getProperty("user.home")),
                        "json")
                .ifPresent(vm::importFrom);
    }

    private SavedView find(String id) {
        return vm.getViews().stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }

    /** A name for the view, checked as it is typed: OK is offered only for a name that can be used. */
    private Optional<String> askName(String title, String current, SavedView renaming) {
        return dialogs.askText(new DialogService.TextQuestion(
                title, Texts.get("views.name.prompt"), current, text -> vm.nameProblem(text, renaming)));
    }

    private static String fileNameOf(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() ? "view" : safe;
    }

    private Label placeholder() {
        Label empty = new Label(Texts.get("views.empty"));
        empty.setWrapText(true);
        return empty;
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE); // wrap to the next line rather than shrink to "…"
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** One view: its name, the last used one marked; double-click applies, dragging reorders. */
    private final class ViewCell extends ListCell<SavedView> {
        ViewCell() {
            getStyleClass().add("saved-view-cell");
            // as wide as the list, never wider: a long name is cut short (whole on hover), not scrolled sideways
            setPrefWidth(0);
            TruncatedTooltip.install(this);
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null) {
                    vm.apply(getItem());
                }
            });
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(getItem().id());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (event.getGestureSource() != this && event.getDragboard().hasString()) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                SavedView dragged = find(event.getDragboard().getString());
                boolean moved = dragged != null;
                if (moved) {
                    vm.moveTo(dragged, isEmpty() ? vm.getViews().size() - 1 : getIndex());
                    list.getSelectionModel().select(dragged);
                }
                event.setDropCompleted(moved);
                event.consume();
            });
        }

        @Override
        protected void updateItem(SavedView item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                pseudoClassStateChanged(LAST_USED, false);
                return;
            }
            boolean last = item.equals(vm.lastUsedProperty().get());
            setText(last ? item.name() + "  ·  " + Texts.get("views.lastUsed") : item.name());
            pseudoClassStateChanged(LAST_USED, last);
        }
    }
}
