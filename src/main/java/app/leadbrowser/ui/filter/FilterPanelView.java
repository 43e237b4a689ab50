package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.model.Segment;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.help.Shortcuts;
import app.leadbrowser.ui.looks.Icons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The filter builder panel, built in code because its groups and rows come and go. It binds to a
 * {@link FilterPanelViewModel} and forwards actions; Enter or Ctrl+Enter anywhere in the panel applies. Rows of
 * the first group have the ids {@code filterRow0, filterRow1…}; rows of group {@code g > 0} have
 * {@code filterGroup<g>Row<i>}.
 */
public final class FilterPanelView {
    private final FilterPanelViewModel vm;
    private final VBox root = new VBox(6);
    private final VBox rowsBox = new VBox(6);
    private final TextField quickSearch = new TextField();
    private final Map<FilterRowViewModel, FilterRowView> rowViews = new HashMap<>();
    private final Set<FilterGroupViewModel> watchedGroups = new HashSet<>();
    private final ListChangeListener<FilterRowViewModel> rowsChanged = change -> {
        while (change.next()) {
            if (!change.wasUpdated()) {
                syncRows();
                return;
            }
        }
    };

    /** The panel without a filter history. */
    public FilterPanelView(FilterPanelViewModel vm) {
        this(vm, null);
    }

    /** The panel with the "History" menu of {@code history} (none when null). */
    public FilterPanelView(FilterPanelViewModel vm, FilterHistoryViewModel history) {
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
                        groupsNote(),
                        scroll,
                        emptyNote(),
                        editButtons(),
                        toolButtons(history),
                        message(),
                        applyButton());
        vm.groups().addListener((ListChangeListener<FilterGroupViewModel>) change -> syncRows());
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
        quickSearch.setPromptText(Texts.get("filter.quickSearch.prompt"));
        quickSearch.setAccessibleText(Texts.get("filter.quickSearch.accessible"));
        quickSearch.setTooltip(new Tooltip(Texts.get("filter.quickSearch.tooltip")));
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
        junction.setAccessibleText(Texts.get("filter.junction.accessible"));
        junction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Junction j) {
                return j == Junction.OR ? Texts.get("filter.junction.or") : Texts.get("filter.junction.and");
            }

            @Override
            public Junction fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        junction.valueProperty().bindBidirectional(vm.junctionProperty());
        junction.disableProperty().bind(vm.combinedProperty()); // groups joined by OR are AND groups
        Label label = new Label(Texts.get("filter.junction.label"));
        label.setLabelFor(junction);
        HBox line = new HBox(6, label, junction);
        line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return line;
    }

    private Node groupsNote() {
        Label note = new Label(Texts.get("groups.note"));
        note.setId("filterGroupsNote");
        note.getStyleClass().add("filter-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // all its lines, even when the rows need the height
        note.visibleProperty().bind(vm.combinedProperty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private Node emptyNote() {
        Label empty = new Label(Texts.get("filter.empty"));
        empty.setId("filterEmpty");
        empty.getStyleClass().add("filter-note");
        empty.visibleProperty()
                .bind(javafx.beans.binding.Bindings.isEmpty(vm.rows())
                        .and(vm.combinedProperty().not()));
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    private Node editButtons() {
        Button add = button("filterAdd", Texts.get("filter.add"), Texts.get("filter.add.tooltip"));
        add.setOnAction(e -> focusRow(vm.addCondition()));
        Button addGroup = button("filterAddGroup", Texts.get("groups.add"), Texts.get("groups.add.help"));
        addGroup.disableProperty().bind(vm.canAddGroupProperty().not());
        addGroup.setOnAction(
                e -> vm.addGroup().ifPresent(group -> focusRow(group.rows().get(0))));
        return new FlowPane(6, 6, add, addGroup);
    }

    /**
     * The panel's less frequent tools as one row of icons (their names and what they do in tooltips): the panel is
     * narrow, and the conditions need its height more than these buttons do.
     */
    private Node toolButtons(FilterHistoryViewModel history) {
        MenuButton segments = Icons.SEGMENT.onlyOn(
                new MenuButton(Texts.get("filter.segment.load")),
                tip("filter.segment.load", "filter.segment.load.tooltip"));
        segments.setId("filterLoadSegment");
        segments.disableProperty()
                .bind(javafx.beans.binding.Bindings.isEmpty(vm.catalog().segments()));
        Runnable fillSegments = () -> segments.getItems().setAll(segmentItems());
        vm.catalog().segments().addListener((ListChangeListener<Segment>) c -> fillSegments.run());
        fillSegments.run();
        Button clear = Icons.CLEAR_ALL.onlyOn(
                button("filterClear", Texts.get("filter.clear"), ""), tip("filter.clear", "filter.clear.tooltip"));
        clear.setOnAction(e -> vm.clearAll());
        Button show = Icons.CODE.onlyOn(
                button("filterShowJson", Texts.get("filter.json.show"), ""),
                tip("filter.json.show", "filter.json.show.tooltip"));
        show.setOnAction(e -> FilterJsonDialogs.showJson(root, vm.showJson()));
        Button paste = Icons.PASTE.onlyOn(
                button("filterPasteJson", Texts.get("filter.paste"), ""), tip("filter.paste", "filter.paste.tooltip"));
        paste.setOnAction(e -> FilterJsonDialogs.pasteJson(root, vm::pasteJson));
        FlowPane tools = new FlowPane(4, 4, segments, show, paste);
        if (history != null) {
            tools.getChildren().add(new FilterHistoryMenu(history).getRoot());
        }
        tools.getChildren().add(clear);
        return tools;
    }

    /** A tooltip naming the tool (its label without the mnemonic mark) and saying what it does. */
    private static String tip(String labelKey, String helpKey) {
        return Texts.get(labelKey).replace("_", "") + ": " + Texts.get(helpKey);
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
        Button apply = button("filterApply", Texts.get("filter.apply"), Texts.get("filter.apply.tooltip"));
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
        watchedGroups.retainAll(vm.groups());
        Set<FilterRowViewModel> shown = new HashSet<>();
        vm.groups().forEach(group -> shown.addAll(group.rows()));
        rowViews.keySet().retainAll(shown);
        boolean several = vm.groups().size() > 1;
        List<Node> nodes = new ArrayList<>();
        for (int g = 0; g < vm.groups().size(); g++) {
            FilterGroupViewModel group = vm.groups().get(g);
            if (watchedGroups.add(group)) {
                group.rows().addListener(rowsChanged);
            }
            List<Node> rowNodes = new ArrayList<>();
            for (int i = 0; i < group.rows().size(); i++) {
                Node node = rowViews.computeIfAbsent(group.rows().get(i), r -> new FilterRowView(r, vm))
                        .getRoot();
                node.setId(g == 0 ? "filterRow" + i : "filterGroup" + g + "Row" + i);
                rowNodes.add(node);
            }
            if (!several) {
                nodes.addAll(rowNodes);
                continue;
            }
            if (g > 0) {
                Label or = new Label(Texts.get("groups.or"));
                or.setId("filterOr" + g);
                or.getStyleClass().add("filter-group-or");
                nodes.add(or);
            }
            nodes.add(groupBox(g, group, rowNodes));
        }
        rowsBox.getChildren().setAll(nodes);
        // re-adding a row node drops its focus; give it back so Alt+Up/Down can be pressed again
        if (focused != null && focused.getScene() != null) {
            focused.requestFocus();
        }
    }

    /** One group among several: its title, its own "add condition" and "remove group", then its rows. */
    private Node groupBox(int index, FilterGroupViewModel group, List<Node> rowNodes) {
        Label title = new Label(Texts.get("groups.title", index + 1));
        title.getStyleClass().add("filter-group-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = button(
                "filterGroupAdd" + index, Texts.get("groups.addCondition"), Texts.get("groups.addCondition.help"));
        add.getStyleClass().add("filter-tool");
        add.setOnAction(e -> focusRow(vm.addCondition(group)));
        Button remove = button("filterGroupRemove" + index, "✕", Texts.get("groups.remove.help"));
        remove.getStyleClass().add("filter-tool");
        remove.setAccessibleText(Texts.get("groups.remove.help"));
        remove.setOnAction(e -> vm.removeGroup(group));
        HBox header = new HBox(4, title, spacer, add, remove);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, header);
        box.getChildren().addAll(rowNodes);
        box.setId("filterGroup" + index);
        box.getStyleClass().add("filter-group");
        return box;
    }

    /** Adds a condition row on {@code property} (the command palette's "add condition on …") and focuses it. */
    public void addConditionOn(PropertyInfo property) {
        FilterRowViewModel row = vm.addCondition();
        row.propertyProperty().set(property);
        Platform.runLater(() -> focusRow(row)); // after the row's view exists
    }

    private void focusRow(FilterRowViewModel row) {
        FilterRowView view = rowViews.get(row);
        Node field = view == null ? null : view.getRoot().lookup(".filter-property");
        if (field != null) {
            field.requestFocus();
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
