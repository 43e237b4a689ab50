package app.leadbrowser.ui.leads;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.common.PresenceLegend;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.filter.FilterSummaryBar;
import app.leadbrowser.ui.filter.FilterSummaryViewModel;
import app.leadbrowser.ui.help.Shortcuts;
import app.leadbrowser.ui.looks.Icons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The lead table with its pagination bar, inline error bar and column chooser, built in code. It binds to a
 * {@link LeadTableViewModel} and forwards clicks and keys to its commands; sorting happens on the server.
 */
public final class LeadTableView {
    /** The page bar's width from which "Per page" is shown beside the page size. */
    private static final double PER_PAGE_LABEL_FROM = 720;

    private final DialogService dialogs;
    private final LeadTableViewModel vm;
    private final TableView<LeadRowViewModel> table = new TableView<>();
    private final Map<String, TableColumn<LeadRowViewModel, String>> tableColumns = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final CellActions cellActions;
    private final ColumnWidths widths;
    private Runnable onOpenLead = () -> {};
    private boolean syncing;
    private SelectAfterLoad selectAfterLoad = SelectAfterLoad.NONE;

    private enum SelectAfterLoad {
        NONE,
        FIRST,
        LAST
    }

    public LeadTableView(LeadTableViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        table.setId("leadTable");
        PresenceLegend.colorDotsIn(table);
        cellActions = new CellActions(table, vm);
        table.setItems(vm.getRows());
        widths = new ColumnWidths(table, this::pushLayout);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE); // several rows can be exported
        table.getSelectionModel().setCellSelectionEnabled(false);
        Label placeholder = new Label();
        placeholder.setId("leadTablePlaceholder");
        placeholder.textProperty().bind(vm.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setSortPolicy(ignored -> true); // rows come sorted from the server
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> vm.select(row));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        declareKeys();
        table.addEventHandler(MouseEvent.MOUSE_MOVED, event -> vm.hover(rowUnder(event)));
        table.addEventHandler(MouseEvent.MOUSE_EXITED, event -> vm.hover(null));
        vm.getRows().addListener((ListChangeListener<LeadRowViewModel>) change -> applySelectAfterLoad());
        vm.reselectProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(row);
            }
        });
        vm.walkedToProperty().addListener((obs, old, row) -> followWalk(row));

        vm.columns().getColumns().addListener((ListChangeListener<LeadColumn>) change -> syncColumns());
        table.getColumns()
                .addListener((ListChangeListener<TableColumn<LeadRowViewModel, ?>>) change -> pushLayout(null));
        table.getSortOrder().addListener((ListChangeListener<TableColumn<LeadRowViewModel, ?>>) change -> pushSort());
        vm.listing().sortPropProperty().addListener((obs, old, value) -> syncSort());
        vm.listing().sortOrderProperty().addListener((obs, old, value) -> syncSort());
        syncColumns();
        syncSort();

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("tableProgress");
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(vm.listing().loadingProperty());
        StackPane tableArea = new StackPane(table, progress);
        VBox.setVgrow(tableArea, Priority.ALWAYS);

        root.setTop(new VBox(summaryBar(), errorBar()));
        root.setCenter(tableArea);
        root.setBottom(new VBox(capBar(), paginationBar()));
        root.setId("leadTableView");
    }

    /** The whole table area, to place in the window. */
    public Parent getRoot() {
        return root;
    }

    /** The table itself, e.g. to give it focus. */
    public TableView<LeadRowViewModel> getTable() {
        return table;
    }

    /** What a "filter from this cell" choice does with its condition (the filter builder adds and applies it). */
    public void setOnFilterFromCell(Consumer<Condition> action) {
        cellActions.setOnFilter(action);
    }

    /** What Enter on a row does (the shell shows and focuses the card). */
    public void setOnOpenLead(Runnable action) {
        this.onOpenLead = action;
    }

    private Node errorBar() {
        Label message = new Label();
        message.setId("tableError");
        message.setWrapText(true);
        message.textProperty().bind(vm.listing().errorMessageProperty());
        Button retry = Icons.RETRY.on(new Button(Texts.get("common.retry")));
        retry.setTooltip(new Tooltip(Texts.get("help.tip.retryPage")));
        retry.setId("retryButton");
        retry.setOnAction(event -> vm.refresh());
        Label warning = new Label();
        warning.setGraphic(Icons.WARNING.node());
        warning.getStyleClass().add("danger");
        HBox bar = new HBox(8, warning, message, retry);
        bar.setId("errorBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("error-bar");
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.visibleProperty().bind(vm.listing().errorMessageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** The filter listed in plain words, above the table. */
    private Node summaryBar() {
        return new FilterSummaryBar(new FilterSummaryViewModel(vm.listing().filterGroupsProperty())).getRoot();
    }

    private Node capBar() {
        Label cap = new Label();
        cap.setId("capMessage");
        cap.setWrapText(true);
        cap.textProperty().bind(vm.capMessageProperty());
        cap.getStyleClass().add("warning");
        cap.visibleProperty().bind(vm.capMessageProperty().isNotEmpty());
        cap.managedProperty().bind(cap.visibleProperty());
        Label duplicates = new Label();
        duplicates.setId("duplicatesNote");
        duplicates
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Texts.plural(
                                "leads.duplicates",
                                vm.duplicatesHiddenProperty().get()),
                        vm.duplicatesHiddenProperty()));
        duplicates.visibleProperty().bind(vm.duplicatesHiddenProperty().greaterThan(0));
        duplicates.managedProperty().bind(duplicates.visibleProperty());
        VBox box = new VBox(2, cap, duplicates);
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    private Node paginationBar() {
        Button first = navButton("firstPageButton", Icons.FIRST_PAGE, Texts.get("leads.firstPage"), vm::firstPage);
        Button previous =
                navButton("previousPageButton", Icons.PREVIOUS_PAGE, Texts.get("leads.previousPage"), vm::previousPage);
        Button next = navButton("nextPageButton", Icons.NEXT_PAGE, Texts.get("leads.nextPage"), vm::nextPage);
        Button last = navButton("lastPageButton", Icons.LAST_PAGE, Texts.get("leads.lastPage"), vm::lastPage);
        first.disableProperty().bind(vm.canGoBackProperty().not());
        previous.disableProperty().bind(vm.canGoBackProperty().not());
        next.disableProperty().bind(vm.canGoForwardProperty().not());
        last.disableProperty().bind(vm.canGoForwardProperty().not());

        Label range = new Label();
        range.setId("rangeLabel");
        range.textProperty().bind(vm.rangeTextProperty());
        range.setMinWidth(Region.USE_PREF_SIZE);
        Label pageOf = new Label();
        pageOf.setId("pageLabel");
        pageOf.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Texts.get(
                                "leads.pageOf",
                                Texts.number(vm.pageIndexProperty().get() + 1),
                                Texts.number(vm.pageCountProperty().get())),
                        vm.pageIndexProperty(),
                        vm.pageCountProperty()));

        ComboBox<Integer> pageSize = new ComboBox<>();
        pageSize.setId("pageSizeChoice");
        pageSize.getItems().setAll(LeadTableViewModel.PAGE_SIZES);
        pageSize.setValue(vm.listing().pageSizeProperty().get());
        vm.listing().pageSizeProperty().addListener((obs, old, size) -> pageSize.setValue(size.intValue()));
        pageSize.valueProperty().addListener((obs, old, size) -> {
            if (size != null) {
                vm.setPageSize(size);
            }
        });
        pageSize.setTooltip(new Tooltip(Texts.get("leads.perPage.tooltip")));
        pageSize.setMinWidth(Region.USE_PREF_SIZE);
        pageOf.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton columnsButton = ColumnChooser.button(vm.columns(), dialogs);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, first, previous, range, next, last, pageOf, spacer);
        bar.getChildren().addAll(perPageLabel(bar), pageSize, columnsButton);
        bar.setId("paginationBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    /**
     * "Per page" beside the page size, shown only where the bar has room for it whole: in a narrow table (a laptop
     * with the card open) the page size keeps its tooltip, and the table keeps its width.
     */
    private static Label perPageLabel(HBox bar) {
        Label label = new Label(Texts.get("leads.perPage"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(bar.widthProperty().greaterThan(PER_PAGE_LABEL_FROM));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Button navButton(String id, Icons icon, String tooltip, Runnable action) {
        Button button = icon.onlyOn(new Button(), tooltip);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    // ---- columns ---------------------------------------------------------------------------------------------

    private void syncColumns() {
        syncing = true;
        try {
            List<TableColumn<LeadRowViewModel, ?>> ordered =
                    vm.columns().getColumns().stream().map(this::tableColumnFor).collect(Collectors.toList());
            if (!table.getColumns().equals(ordered)) {
                table.getColumns().setAll(ordered);
            }
        } finally {
            syncing = false;
        }
        widths.fitWaiting();
        syncSort();
    }

    private TableColumn<LeadRowViewModel, String> tableColumnFor(LeadColumn column) {
        TableColumn<LeadRowViewModel, String> tableColumn =
                tableColumns.computeIfAbsent(column.key(), key -> createColumn(column));
        tableColumn.setUserData(column);
        tableColumn.setVisible(column.visible());
        widths.apply(tableColumn, column);
        return tableColumn;
    }

    private TableColumn<LeadRowViewModel, String> createColumn(LeadColumn column) {
        TableColumn<LeadRowViewModel, String> tableColumn = new TableColumn<>(column.title());
        tableColumn.setId("col-" + column.key().replace("$", ""));
        tableColumn.setSortable(column.isSortable());
        tableColumn.setCellValueFactory(
                data -> new ReadOnlyObjectWrapper<>(data.getValue().text(column)));
        tableColumn.setCellFactory(ignored -> column.kind() == LeadColumn.Kind.PRESENCE
                ? new LeadCells.PresenceCell()
                : new LeadCells.TextCell(cellActions));
        widths.watch(tableColumn);
        tableColumn.sortTypeProperty().addListener((obs, old, type) -> pushSort());
        if (column.kind() == LeadColumn.Kind.PRESENCE) {
            tableColumn.setGraphic(PresenceLegend.header());
            tableColumn.setResizable(false);
            tableColumn.setReorderable(false);
        }
        return tableColumn;
    }

    /** Tells the view model the columns' order, and the width the user gave {@code resized} (null: none). */
    private void pushLayout(TableColumn<LeadRowViewModel, ?> resized) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            vm.columns().updateColumnLayout(widths.layout(resized));
        } finally {
            syncing = false;
        }
    }

    // ---- server sort -----------------------------------------------------------------------------------------

    /** Shows the view model's sort as the header's arrow. */
    private void syncSort() {
        syncing = true;
        try {
            TableColumn<LeadRowViewModel, ?> sorted = table.getColumns().stream()
                    .filter(column -> vm.listing()
                            .sortPropProperty()
                            .get()
                            .equals(((LeadColumn) column.getUserData()).sortProp()))
                    .findFirst()
                    .orElse(null);
            if (sorted == null) {
                table.getSortOrder().clear();
                return;
            }
            sorted.setSortType(
                    vm.listing().sortOrderProperty().get() == SortOrder.ASC
                            ? TableColumn.SortType.ASCENDING
                            : TableColumn.SortType.DESCENDING);
            if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != sorted) {
                table.getSortOrder().setAll(List.of(sorted));
            }
        } finally {
            syncing = false;
        }
    }

    /** A header click changed the table's sort: ask the server for it (a third click flips it again). */
    private void pushSort() {
        if (syncing) {
            return;
        }
        if (table.getSortOrder().isEmpty()) {
            vm.setSort(
                    vm.listing().sortPropProperty().get(),
                    vm.listing().sortOrderProperty().get().reversed());
        } else {
            TableColumn<LeadRowViewModel, ?> column = table.getSortOrder().get(0);
            SortOrder order = column.getSortType() == TableColumn.SortType.ASCENDING ? SortOrder.ASC : SortOrder.DESC;
            vm.setSort(((LeadColumn) column.getUserData()).sortProp(), order);
        }
        syncSort();
    }

    // ---- keyboard ----------------------------------------------------------------------------------------------

    /** What {@link #onKey} does, for the shortcuts sheet (F1). */
    private void declareKeys() {
        String area = Texts.get("help.area.table");
        Shortcuts.declare(table, area, Texts.get("help.key.openCard"), new KeyCodeCombination(KeyCode.ENTER));
        Shortcuts.declare(table, area, Texts.get("help.key.nextPage"), shortcut(KeyCode.RIGHT));
        Shortcuts.declare(table, area, Texts.get("help.key.previousPage"), shortcut(KeyCode.LEFT));
        Shortcuts.declare(table, area, Texts.get("help.key.nextPageAtEnd"), new KeyCodeCombination(KeyCode.PAGE_DOWN));
        Shortcuts.declare(
                table, area, Texts.get("help.key.previousPageAtStart"), new KeyCodeCombination(KeyCode.PAGE_UP));
        Shortcuts.declare(table, area, Texts.get("help.key.copyCell"), shortcut(KeyCode.C));
        Shortcuts.declare(table, area, Texts.get("leads.cancelLoadKey"), new KeyCodeCombination(KeyCode.ESCAPE));
        Shortcuts.declare(
                table,
                area,
                Texts.get("help.key.copyRow"),
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private void onKey(KeyEvent event) {
        int selected = table.getSelectionModel().getSelectedIndex();
        int lastRow = table.getItems().size() - 1;
        if (event.getCode() == KeyCode.ENTER) {
            onOpenLead.run();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.RIGHT) {
            pageForward(SelectAfterLoad.FIRST);
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.LEFT) {
            pageBack(SelectAfterLoad.FIRST);
        } else if (event.getCode() == KeyCode.PAGE_DOWN
                && selected == lastRow
                && vm.canGoForwardProperty().get()) {
            pageForward(SelectAfterLoad.FIRST);
        } else if (event.getCode() == KeyCode.PAGE_UP
                && selected == 0
                && vm.canGoBackProperty().get()) {
            pageBack(SelectAfterLoad.LAST);
        } else if (event.getCode() == KeyCode.ESCAPE && vm.listing().isLoading()) {
            vm.cancelLoad();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.C) {
            copyRow();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.C) {
            copyCell();
        } else {
            return;
        }
        event.consume();
    }

    private void pageForward(SelectAfterLoad then) {
        selectAfterLoad = then;
        vm.nextPage();
    }

    private void pageBack(SelectAfterLoad then) {
        selectAfterLoad = then;
        vm.previousPage();
    }

    private void applySelectAfterLoad() {
        if (selectAfterLoad == SelectAfterLoad.NONE || table.getItems().isEmpty()) {
            return;
        }
        int index =
                selectAfterLoad == SelectAfterLoad.FIRST ? 0 : table.getItems().size() - 1;
        selectAfterLoad = SelectAfterLoad.NONE;
        table.getSelectionModel().clearAndSelect(index);
        table.getFocusModel().focus(index);
        table.scrollTo(index);
    }

    /** Selects the row a walk moved the card to, scrolling only as far as needed to show it. */
    private void followWalk(LeadRowViewModel row) {
        int index = row == null ? -1 : table.getItems().indexOf(row);
        if (index < 0) {
            return;
        }
        table.getSelectionModel().clearAndSelect(index);
        table.getFocusModel().focus(index);
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }

    /** The lead of the table row the mouse event is over; null over the header, empty rows or the scroll bars. */
    private static LeadRowViewModel rowUnder(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof TableRow<?> row) {
                return row.isEmpty() ? null : (LeadRowViewModel) row.getItem();
            }
        }
        return null;
    }

    private void copyRow() {
        LeadRowViewModel row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.copyRow(row);
        }
    }

    /** Copies the focused cell; with no cell focused (row selection), the first text column. */
    @SuppressWarnings("unchecked")
    private void copyCell() {
        LeadRowViewModel row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        TablePosition<LeadRowViewModel, ?> focused = table.getFocusModel().getFocusedCell();
        TableColumn<LeadRowViewModel, ?> column = focused == null ? null : focused.getTableColumn();
        LeadColumn target = column != null
                ? (LeadColumn) column.getUserData()
                : vm.columns().getColumns().stream()
                        .filter(c -> c.visible() && c.kind() != LeadColumn.Kind.PRESENCE)
                        .findFirst()
                        .orElse(null);
        if (target != null) {
            vm.copyCell(row, target);
        }
    }
}
