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
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The filter as one line of chips, wrapping only when it must: quick search, the junction, one chip per condition
 * ("City = Berlin ×", a click opens its {@link ConditionEditor}), "+ Filter", "+ OR group", Apply (marked with the
 * number of edits not applied yet) and a "⋯" menu with the less frequent tools. Built in code because its chips come
 * and go; it binds to a {@link FilterPanelViewModel} and forwards actions. Chips of the first group have the ids
 * {@code filterRow0, filterRow1…}; chips of group {@code g > 0} have {@code filterGroup<g>Row<i>}.
 */
public final class FilterPanelView {
    private final FilterPanelViewModel vm;
    private final VBox root = new VBox(4);
    private final FlowPane strip = new FlowPane(6, 4);
    private final TextField quickSearch = new TextField();
    private final Button add = new Button(Texts.get("filter.add"));
    private final List<Node> leading = new ArrayList<>();
    private final List<Node> trailing = new ArrayList<>();
    private final Map<FilterRowViewModel, FilterChipView> chips = new HashMap<>();
    /** One editor per condition, made when first opened: each listens to its row for as long as the row lives. */
    private final Map<FilterRowViewModel, ConditionEditor> editors = new HashMap<>();

    private final Set<FilterGroupViewModel> watchedGroups = new HashSet<>();
    private final ListChangeListener<FilterRowViewModel> rowsChanged = change -> {
        while (change.next()) {
            if (!change.wasUpdated()) {
                syncChips();
                return;
            }
        }
    };
    private ConditionEditor openEditor;

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
        root.setMinWidth(0);
        root.setMinHeight(Region.USE_PREF_SIZE); // the chips' lines are never squeezed away
        declareShortcuts();

        strip.setId("filterStrip");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setMinWidth(0);
        leading.addAll(List.of(quickSearchField(), junctionBox()));
        trailing.addAll(List.of(emptyNote(), addButton(), addGroupButton(), applyButton(), moreMenu(history)));
        root.getChildren().addAll(strip, notes());
        vm.groups().addListener((ListChangeListener<FilterGroupViewModel>) change -> syncChips());
        syncChips();
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::undoClearOnCtrlZ);
    }

    public Node getRoot() {
        return root;
    }

    /** Puts the keyboard focus in the quick search box (the main window's Ctrl+F). */
    public void focusQuickSearch() {
        quickSearch.requestFocus();
        quickSearch.selectAll();
    }

    /** Adds a condition on {@code property} (the command palette's "add condition on …") and opens its editor. */
    public void addConditionOn(PropertyInfo property) {
        FilterRowViewModel row = vm.addCondition();
        row.propertyProperty().set(property);
        Platform.runLater(() -> openEditor(row)); // once the chip is laid out
    }

    private void declareShortcuts() {
        String area = Texts.get("help.area.filter");
        Shortcuts.declare(
                root,
                area,
                Texts.get("help.key.apply"),
                new KeyCodeCombination(KeyCode.ENTER),
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        Shortcuts.declare(
                root,
                area,
                Texts.get("help.key.moveCondition"),
                new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        Shortcuts.declare(root, area, Texts.get("help.key.removeCondition"), new KeyCodeCombination(KeyCode.DELETE));
        Shortcuts.declare(
                root,
                area,
                Texts.get("help.key.undoClear"),
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
    }

    private Node quickSearchField() {
        quickSearch.setId("quickSearch");
        quickSearch.getStyleClass().add("filter-quick-search");
        quickSearch.setPromptText(Texts.get("filter.quickSearch.prompt"));
        quickSearch.setAccessibleText(Texts.get("filter.quickSearch.accessible"));
        quickSearch.setTooltip(new Tooltip(Texts.get("filter.quickSearch.tooltip")));
        quickSearch.setPrefColumnCount(16);
        quickSearch.textProperty().bindBidirectional(vm.quickSearchProperty());
        quickSearch.setOnAction(e -> vm.searchNow());
        return quickSearch;
    }

    private Node junctionBox() {
        ComboBox<Junction> junction = new ComboBox<>();
        junction.setId("filterJunction");
        junction.getItems().setAll(Junction.values());
        junction.setAccessibleText(Texts.get("filter.junction.accessible"));
        junction.setTooltip(new Tooltip(Texts.get("filter.junction.label")));
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
        // with fewer than two conditions the junction means nothing; groups joined by OR are AND groups
        junction.visibleProperty()
                .bind(Bindings.size(vm.rows())
                        .greaterThan(1)
                        .and(vm.combinedProperty().not()));
        junction.managedProperty().bind(junction.visibleProperty());
        return junction;
    }

    private Node emptyNote() {
        Label empty = new Label(Texts.get("filter.empty"));
        empty.setId("filterEmpty");
        empty.getStyleClass().add("filter-note");
        empty.visibleProperty()
                .bind(Bindings.isEmpty(vm.rows()).and(vm.combinedProperty().not()));
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    private Node addButton() {
        add.setId("filterAdd");
        add.setTooltip(new Tooltip(Texts.get("filter.add.tooltip")));
        add.setOnAction(e -> openEditorLaidOut(vm.addCondition()));
        return add;
    }

    private Node addGroupButton() {
        Button addGroup = new Button(Texts.get("groups.add"));
        addGroup.setId("filterAddGroup");
        addGroup.setTooltip(new Tooltip(Texts.get("groups.add.help")));
        addGroup.disableProperty().bind(vm.canAddGroupProperty().not());
        addGroup.setOnAction(e ->
                vm.addGroup().ifPresent(group -> openEditorLaidOut(group.rows().get(0))));
        return addGroup;
    }

    private Node applyButton() {
        Button apply = new Button();
        apply.setId("filterApply");
        apply.getStyleClass().add("filter-apply");
        apply.textProperty().bind(vm.applyTextProperty());
        apply.setTooltip(new Tooltip(Texts.get("filter.apply.tooltip")));
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.disableProperty().bind(vm.pendingChangesProperty().isEqualTo(0));
        apply.setOnAction(e -> vm.apply());
        return apply;
    }

    /** The less frequent tools, in one "⋯" menu so that the line keeps its room for the chips. */
    private Node moreMenu(FilterHistoryViewModel history) {
        Menu segments = new Menu(Texts.get("filter.segment.load"), Icons.SEGMENT.node());
        segments.setId("filterLoadSegment");
        segments.disableProperty().bind(Bindings.isEmpty(vm.catalog().segments()));
        Runnable fillSegments = () -> segments.getItems().setAll(segmentItems());
        vm.catalog().segments().addListener((ListChangeListener<Segment>) c -> fillSegments.run());
        fillSegments.run();
        MenuItem show = new MenuItem(Texts.get("filter.json.show"), Icons.CODE.node());
        show.setId("filterShowJson");
        show.setOnAction(e -> FilterJsonDialogs.showJson(root, vm.showJson()));
        MenuItem paste = new MenuItem(Texts.get("filter.paste"), Icons.PASTE.node());
        paste.setId("filterPasteJson");
        paste.setOnAction(e -> FilterJsonDialogs.pasteJson(root, vm::pasteJson));
        MenuItem clear = new MenuItem(Texts.get("filter.clear"), Icons.CLEAR_ALL.node());
        clear.setId("filterClear");
        clear.setOnAction(e -> {
            vm.clearAll();
            add.requestFocus(); // where Ctrl+Z finds the panel
        });
        MenuButton more = new MenuButton(Texts.get("filter.more"), null, show, paste, segments);
        if (history != null) {
            more.getItems().add(new FilterHistoryMenu(history).getMenu());
        }
        more.getItems().addAll(new SeparatorMenuItem(), clear);
        more.setId("filterMore");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip(Texts.get("filter.more.tooltip")));
        more.setAccessibleText(Texts.get("filter.more.tooltip"));
        return more;
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

    /** What the last panel-wide action says (with Undo after Clear all) and how the quick search was combined. */
    private Node notes() {
        Label message = shownWhenSaid("filterMessage", "filter-message", vm.messageProperty());
        Hyperlink undo = new Hyperlink(Texts.get("filter.undoClear"));
        undo.setId("filterUndoClear");
        undo.setOnAction(e -> vm.undoClear());
        undo.visibleProperty().bind(vm.canUndoClearProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        HBox messageLine = new HBox(6, message, undo);
        messageLine.setAlignment(Pos.BASELINE_LEFT);

        Label searchNote = shownWhenSaid("quickSearchNote", "filter-note", vm.quickSearchNoteProperty());

        Label groupsNote = new Label(Texts.get("groups.note"));
        groupsNote.setId("filterGroupsNote");
        groupsNote.getStyleClass().add("filter-note");
        groupsNote.setWrapText(true);
        groupsNote.visibleProperty().bind(vm.combinedProperty());
        groupsNote.managedProperty().bind(groupsNote.visibleProperty());

        VBox notes = new VBox(2, messageLine, searchNote, groupsNote);
        notes.visibleProperty()
                .bind(message.visibleProperty()
                        .or(undo.visibleProperty())
                        .or(searchNote.visibleProperty())
                        .or(groupsNote.visibleProperty()));
        notes.managedProperty().bind(notes.visibleProperty());
        return notes;
    }

    private void syncChips() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        watchedGroups.retainAll(vm.groups());
        Set<FilterRowViewModel> shown = new HashSet<>();
        vm.groups().forEach(group -> shown.addAll(group.rows()));
        chips.keySet().retainAll(shown);
        editors.keySet().retainAll(shown);
        boolean several = vm.groups().size() > 1;
        List<Node> nodes = new ArrayList<>(leading);
        for (int g = 0; g < vm.groups().size(); g++) {
            FilterGroupViewModel group = vm.groups().get(g);
            if (watchedGroups.add(group)) {
                group.rows().addListener(rowsChanged);
            }
            List<Node> chipNodes = new ArrayList<>();
            for (int i = 0; i < group.rows().size(); i++) {
                FilterRowViewModel row = group.rows().get(i);
                Node chip = chips.computeIfAbsent(row, r -> new FilterChipView(r, vm, () -> openEditor(r)))
                        .getRoot();
                chip.setId(g == 0 ? "filterRow" + i : "filterGroup" + g + "Row" + i);
                chipNodes.add(chip);
            }
            if (!several) {
                nodes.addAll(chipNodes);
                continue;
            }
            if (g > 0) {
                Label or = new Label(Texts.get("groups.or"));
                or.setId("filterOr" + g);
                or.getStyleClass().add("filter-group-or");
                nodes.add(or);
            }
            nodes.add(groupBox(g, group, chipNodes));
        }
        nodes.addAll(trailing);
        strip.getChildren().setAll(nodes);
        // re-adding a chip drops its focus; give it back so that a move key can be pressed again
        if (focused != null && focused.getScene() != null) {
            focused.requestFocus();
        }
    }

    /** One group among several, framed: its chips, then "+" for a condition of its own and "×" to remove it. */
    private Node groupBox(int index, FilterGroupViewModel group, List<Node> chipNodes) {
        Button add = new Button("+");
        add.setId("filterGroupAdd" + index);
        add.getStyleClass().add("filter-tool");
        add.setTooltip(new Tooltip(Texts.get("groups.addCondition.help")));
        add.setAccessibleText(Texts.get("groups.addCondition.help"));
        add.setOnAction(e -> openEditorLaidOut(vm.addCondition(group)));
        Button remove = new Button("×");
        remove.setId("filterGroupRemove" + index);
        remove.getStyleClass().add("filter-tool");
        remove.setTooltip(new Tooltip(Texts.get("groups.remove.help")));
        remove.setAccessibleText(Texts.get("groups.remove.help"));
        remove.setOnAction(e -> vm.removeGroup(group));
        FlowPane box = new FlowPane(4, 4);
        box.getChildren().addAll(chipNodes);
        box.getChildren().addAll(add, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("filterGroup" + index);
        box.getStyleClass().add("filter-group");
        box.setAccessibleText(Texts.get("groups.title", index + 1));
        return box;
    }

    /** Opens the editor of a chip just added, once the line has made room for it. */
    private void openEditorLaidOut(FilterRowViewModel row) {
        if (root.getScene() != null) {
            Parent top = root.getScene().getRoot();
            top.applyCss();
            top.layout();
        }
        openEditor(row);
    }

    private void openEditor(FilterRowViewModel row) {
        FilterChipView chip = chips.get(row);
        if (chip == null) {
            return;
        }
        if (openEditor != null) {
            openEditor.hide();
        }
        openEditor = editors.computeIfAbsent(
                row,
                r -> new ConditionEditor(vm, r, () -> {
                    FilterChipView closed = chips.get(r);
                    if (closed != null) {
                        closed.focus();
                    } else {
                        add.requestFocus();
                    }
                }));
        openEditor.showUnder(chip.getRoot());
    }

    private void undoClearOnCtrlZ(KeyEvent e) {
        if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isShiftDown() && vm.undoClear()) {
            e.consume();
        }
    }

    /** A label showing {@code text}, wrapped, and taking no room while it is empty. */
    private static Label shownWhenSaid(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
