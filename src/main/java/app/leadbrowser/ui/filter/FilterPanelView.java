package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.help.Shortcuts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The filter builder panel, built in code because its rows come and go. It binds to a
 * {@link FilterPanelViewModel} and forwards actions; Enter or Ctrl+Enter anywhere in the panel applies.
 */
public final class FilterPanelView {
    private final FilterPanelViewModel vm;
    private final VBox root = new VBox(6);
    private final VBox rowsBox = new VBox(6);
    private final TextField quickSearch = new TextField();
    private final Map<FilterRowViewModel, FilterRowView> rowViews = new HashMap<>();

    public FilterPanelView(FilterPanelViewModel vm) {
        this.vm = vm;
        root.setId("filterPanel");
        root.getStyleClass().add("filter-panel");
        root.getStylesheets()
                .add(FilterPanelView.class.getResource("filter-panel.css").toExternalForm());
        Shortcuts.declare(
                root,
                Texts.get("help.area.filter"),
                Texts.get("help.key.apply"),
                new KeyCodeCombination(KeyCode.ENTER),
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        Shortcuts.declare(
                root,
                Texts.get("help.area.filter"),
                Texts.get("help.key.moveCondition"),
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN));

        rowsBox.setId("filterRows");
        ScrollPane scroll = new ScrollPane(rowsBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("filter-rows-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root.getChildren()
                .addAll(
                        quickSearchBox(),
                        junctionLine(),
                        scroll,
                        emptyNote(),
                        editButtons(),
                        jsonButtons(),
                        message(),
                        applyButton());
        vm.rows().addListener((ListChangeListener<FilterRowViewModel>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    syncRows();
                    return;
                }
            }
        });
        syncRows();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::applyOnCtrlEnter);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::applyOnEnter);
    }

    public Node getRoot() {
        return root;
    }

    /** Puts the keyboard focus in the quick search box (the main window's Ctrl+F). */
    public void focusQuickSearch() {
        quickSearch.requestFocus();
        quickSearch.selectAll();
    }

    private Node quickSearchBox() {
        quickSearch.setId("quickSearch");
        quickSearch.setPromptText("Search name, email or phone");
        quickSearch.setAccessibleText("Quick search by name, email or phone");
        quickSearch.setTooltip(new Tooltip("Searches name, email (with @) or phone (digits) as you type"));
        quickSearch.textProperty().bindBidirectional(vm.quickSearchProperty());
        Label note = new Label();
        note.setId("quickSearchNote");
        note.getStyleClass().add("filter-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.quickSearchNoteProperty());
        showWhenText(note);
        return new VBox(2, quickSearch, note);
    }

    private Node junctionLine() {
        ComboBox<Junction> junction = new ComboBox<>();
        junction.setId("filterJunction");
        junction.getItems().setAll(Junction.values());
        junction.setAccessibleText("Combine conditions");
        junction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Junction j) {
                return j == Junction.OR ? "any condition (OR)" : "all conditions (AND)";
            }

            @Override
            public Junction fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        junction.valueProperty().bindBidirectional(vm.junctionProperty());
        Label label = new Label("Leads matching");
        label.setLabelFor(junction);
        HBox line = new HBox(6, label, junction);
        line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return line;
    }

    private Node emptyNote() {
        Label empty = new Label("No conditions: every lead matches.");
        empty.setId("filterEmpty");
        empty.getStyleClass().add("filter-note");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    private Node editButtons() {
        Button add = button("filterAdd", "_Add condition", "Add a condition at the end");
        add.setOnAction(e -> {
            vm.addCondition();
            focusLastRow();
        });
        MenuButton segments = new MenuButton("Load _segment's filter");
        segments.setId("filterLoadSegment");
        segments.setTooltip(new Tooltip(
                "Dashly has no \"in segment\" condition: this loads the segment's own conditions and applies them"));
        segments.disableProperty()
                .bind(javafx.beans.binding.Bindings.isEmpty(vm.catalog().segments()));
        Runnable fillSegments = () -> segments.getItems().setAll(segmentItems());
        vm.catalog().segments().addListener((ListChangeListener<Segment>) c -> fillSegments.run());
        fillSegments.run();
        Button clear = button("filterClear", "_Clear all", "Remove every condition and the search, and show all leads");
        clear.setOnAction(e -> vm.clearAll());
        return new FlowPane(6, 6, add, segments, clear);
    }

    private List<MenuItem> segmentItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Segment segment : vm.catalog().segments()) {
            MenuItem item = new MenuItem(segment.name());
            item.setId("filterSegment-" + segment.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.loadSegment(segment));
            items.add(item);
        }
        return items;
    }

    private Node jsonButtons() {
        Button show = button("filterShowJson", "Show _JSON", "The filters JSON the API receives, to read or copy");
        show.setOnAction(e -> FilterJsonDialogs.showJson(root, vm.showJson()));
        Button paste = button("filterPasteJson", "_Paste JSON…", "Rebuild the conditions from a filters JSON");
        paste.setOnAction(e -> FilterJsonDialogs.pasteJson(root, vm::pasteJson));
        return new FlowPane(6, 6, show, paste);
    }

    private Node message() {
        Label message = new Label();
        message.setId("filterMessage");
        message.getStyleClass().add("filter-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        showWhenText(message);
        return message;
    }

    private Node applyButton() {
        Button apply = button("filterApply", "Appl_y", "Apply the filter (Enter, Ctrl+Enter)");
        apply.getStyleClass().add("filter-apply");
        apply.setMaxWidth(Double.MAX_VALUE);
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.apply());
        return apply;
    }

    private Button button(String id, String text, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        return button;
    }

    private void syncRows() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        rowViews.keySet().retainAll(vm.rows());
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < vm.rows().size(); i++) {
            FilterRowViewModel row = vm.rows().get(i);
            Node node =
                    rowViews.computeIfAbsent(row, r -> new FilterRowView(r, vm)).getRoot();
            node.setId("filterRow" + i);
            nodes.add(node);
        }
        rowsBox.getChildren().setAll(nodes);
        // re-adding a row node drops its focus; give it back so Alt+Up/Down can be pressed again
        if (focused != null && focused.getScene() != null) {
            focused.requestFocus();
        }
    }

    private void focusLastRow() {
        if (!rowsBox.getChildren().isEmpty()) {
            Node last = rowsBox.getChildren().get(rowsBox.getChildren().size() - 1);
            Node field = last.lookup(".filter-property");
            if (field != null) {
                field.requestFocus();
            }
        }
    }

    private void applyOnCtrlEnter(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            commitFocusedEditor();
            vm.apply();
            e.consume();
        }
    }

    private void applyOnEnter(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            vm.apply();
            e.consume();
        }
    }

    /** Text typed in a property or date field counts once committed; Ctrl+Enter commits it first. */
    private void commitFocusedEditor() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        PropertyPicker.commitTypedIn(focused);
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof DatePicker date) {
                date.commitValue();
                return;
            }
        }
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
