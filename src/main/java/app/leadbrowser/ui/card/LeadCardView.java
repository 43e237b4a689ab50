package app.leadbrowser.ui.card;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.ui.common.ColumnFit;
import app.leadbrowser.ui.common.FxWindows;
import app.leadbrowser.ui.common.HoverTooltip;
import app.leadbrowser.ui.common.PresenceLegend;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TruncatedTooltip;
import app.leadbrowser.ui.conversations.ConversationsTab;
import app.leadbrowser.ui.help.Shortcuts;
import app.leadbrowser.ui.looks.Icons;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The lead card beside the table: a header and tabs, bound to a {@link LeadCardViewModel}. Built in code. */
public final class LeadCardView {
    private static final PseudoClass NOT_GIVEN = PseudoClass.getPseudoClass("not-given");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final LeadCardViewModel vm;
    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private final CardPropertyMenu propertyMenu;
    private final VBox topBars = new VBox(4);
    private final VBox content = new VBox(8);

    public LeadCardView(LeadCardViewModel vm) {
        this.vm = vm;
        this.propertyMenu = new CardPropertyMenu(vm);
        root.setId("leadCard");
        root.setMinWidth(260);

        content.getChildren().setAll(header(), tabs);
        content.setPadding(new Insets(8));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.visibleProperty().bind(vm.stateProperty().isEqualTo(LeadCardViewModel.State.LOADED));

        tabs.setId("cardTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs()
                .setAll(
                        propertiesTab(),
                        eventsTab(),
                        segmentsTab(),
                        tagsTab(),
                        notesTab(),
                        new ConversationsTab(vm.conversations()).tab());

        StackPane body = new StackPane(content, statusPane());
        VBox.setVgrow(body, Priority.ALWAYS);
        topBars.setPadding(new Insets(8, 8, 0, 8));
        root.getChildren().setAll(new VBox(topBars, body));
    }

    /** Puts {@code bar} above the card, shown in every state (e.g. walking the list while the next card loads). */
    public void addTopBar(Node bar) {
        topBars.getChildren().add(bar);
    }

    /** Adds {@code section} between the card's header and its tabs, shown with the card's content. */
    public void addSection(Node section) {
        content.getChildren().add(content.getChildren().indexOf(tabs), section);
    }

    public Parent getRoot() {
        return root;
    }

    /** What a "filter by this property's value" choice does with its condition (the filter builder applies it). */
    public void setOnFilterFromProperty(Consumer<Condition> action) {
        propertyMenu.setOnFilter(action);
    }

    /** Moves the keyboard focus into the card (Enter on a table row). */
    public void focus() {
        tabs.requestFocus();
    }

    private Node statusPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("cardProgress");
        progress.setMaxSize(36, 36);
        progress.visibleProperty().bind(vm.stateProperty().isEqualTo(LeadCardViewModel.State.LOADING));
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("cardStatus");
        status.textProperty().bind(vm.statusTextProperty());
        status.setWrapText(true);
        Label error = new Label();
        error.setId("cardError");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorMessageProperty());
        error.getStyleClass().add("danger");
        Button retry = Icons.RETRY.on(new Button(Texts.get("common.retry")));
        retry.setTooltip(new Tooltip(Texts.get("help.tip.retryCard")));
        retry.setId("cardRetryButton");
        retry.setOnAction(event -> vm.retry());
        retry.visibleProperty().bind(vm.stateProperty().isEqualTo(LeadCardViewModel.State.FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        VBox pane = new VBox(10, progress, status, error, retry);
        pane.setAlignment(Pos.CENTER);
        pane.setPadding(new Insets(16));
        pane.visibleProperty().bind(vm.stateProperty().isNotEqualTo(LeadCardViewModel.State.LOADED));
        return pane;
    }

    private Node header() {
        Label title = boundLabel("cardTitle", vm.titleProperty());
        title.getStyleClass().add("card-title");
        Circle dot = PresenceLegend.dot(vm.presenceProperty().get(), 6);
        vm.presenceProperty().addListener((obs, old, presence) -> PresenceLegend.show(dot, presence));
        HBox titleRow = new HBox(8, dot, title);
        PresenceLegend.colorDotsIn(titleRow);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label removed = boundLabel("removedBadge", vm.removedBadgeProperty());
        removed.getStyleClass().add("removed-badge");
        removed.visibleProperty().bind(vm.removedBadgeProperty().isNotEmpty());
        removed.managedProperty().bind(removed.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(
                row++,
                key(Texts.get("card.email")),
                withCopy(
                        optionalLabel("cardEmail", vm.emailProperty()),
                        vm.emailProperty(),
                        "copyEmailButton",
                        vm::copyEmail));
        grid.addRow(
                row++,
                key(Texts.get("card.phone")),
                withCopy(
                        optionalLabel("cardPhone", vm.phoneProperty()),
                        vm.phoneProperty(),
                        "copyPhoneButton",
                        vm::copyPhone));
        Label presenceDetails = boundLabel("cardPresenceDetails", vm.presenceDetailsProperty());
        presenceDetails.setWrapText(true);
        grid.addRow(
                row++,
                key(Texts.get("card.presence")),
                new VBox(2, boundLabel("cardPresence", vm.presenceTextProperty()), presenceDetails));
        grid.addRow(
                row++,
                key(Texts.get("card.userId")),
                withCopy(
                        optionalLabel("cardUserId", vm.userIdTextProperty()),
                        vm.userIdTextProperty(),
                        "copyUserIdButton",
                        vm::copyUserId));
        grid.addRow(
                row++,
                key(Texts.get("card.id")),
                withCopy(boundLabel("cardId", vm.idTextProperty()), vm.idTextProperty(), "copyIdButton", vm::copyId));
        grid.addRow(row++, key(Texts.get("card.emailStatus")), boundLabel("cardEmailStatus", vm.emailStatusProperty()));
        grid.addRow(row++, key(Texts.get("card.timezone.label")), boundLabel("cardTimezone", vm.timezoneProperty()));
        Label locationKey = key(Texts.get("card.location"));
        GridPane.setValignment(locationKey, VPos.TOP); // beside the place, not beside its link below
        grid.addRow(row, locationKey, locationRow());

        Button copyJson = Icons.CODE.on(new Button(Texts.get("card.copyJson")));
        copyJson.setTooltip(new Tooltip(Texts.get("help.tip.copyJson")));
        copyJson.setId("copyJsonButton");
        copyJson.setOnAction(event -> vm.copyAsJson());
        return new VBox(6, titleRow, removed, grid, new HBox(6, copyJson, asOf()));
    }

    /** "Card as of 14:33" and a button that loads the card again from the server. */
    private Node asOf() {
        Label asOf = boundLabel("cardAsOf", vm.cardAsOfTextProperty());
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        asOf.getStyleClass().add("text-muted");
        Button refresh = new Button(Texts.get("walk.refresh"));
        refresh.setId("refreshCardButton");
        refresh.setTooltip(new Tooltip(Texts.get("walk.refreshCardTip")));
        refresh.setOnAction(event -> vm.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(4, spacer, asOf, refresh);
        box.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node locationRow() {
        return MapLinkView.row(
                boundLabel("cardLocation", vm.locationProperty()),
                vm.mapLink(),
                vm.mapUrlProperty(),
                vm.mapOpenableProperty());
    }

    private Tab propertiesTab() {
        TextField search = new TextField();
        search.setId("propertySearch");
        search.setPromptText(Texts.get("card.searchProperties"));
        search.textProperty().bindBidirectional(vm.propertySearchProperty());

        TableView<PropertyRowViewModel> table = new TableView<>(vm.getShownProperties());
        table.setId("propertiesTable");
        table.setPlaceholder(new Label(Texts.get("card.noProperties")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PropertyRowViewModel, String> group = FxWindows.textColumn(
                Texts.get("card.column.group"), row -> row.group().title(), 60);
        table.getColumns()
                .setAll(
                        group,
                        FxWindows.textColumn(Texts.get("card.column.property"), PropertyRowViewModel::label, 130),
                        FxWindows.textColumn(Texts.get("card.column.value"), PropertyRowViewModel::display, 160));
        ColumnFit.toText(group, table.getItems(), row -> row.group().title());
        table.setRowFactory(ignored -> {
            javafx.scene.control.TableRow<PropertyRowViewModel> row = new javafx.scene.control.TableRow<>();
            HoverTooltip tooltip = HoverTooltip.install(row, () -> propertyTooltip(row.getItem()));
            row.itemProperty().addListener((obs, old, item) -> tooltip.changed());
            return row;
        });
        propertyMenu.install(table);
        Shortcuts.declare(table, Texts.get("help.area.card"), Texts.get("help.key.copyValue"), COPY);
        table.setOnKeyPressed(event -> {
            if (COPY.match(event) && table.getSelectionModel().getSelectedItem() != null) {
                vm.copyValue(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        Button copyValue = Icons.COPY.on(new Button(Texts.get("card.copyValue")));
        copyValue.setTooltip(new Tooltip(Texts.get("help.tip.copyValue")));
        copyValue.setId("copyValueButton");
        copyValue
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        copyValue.setOnAction(event -> vm.copyValue(table.getSelectionModel().getSelectedItem()));
        HBox tools = new HBox(6, search, copyValue);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox box = new VBox(6, tools, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        return tab("propertiesTab", Texts.get("card.tab.properties"), box);
    }

    private static String propertyTooltip(PropertyRowViewModel row) {
        return row == null
                ? ""
                : Texts.get(
                        "card.propertyTooltip",
                        row.display(),
                        row.name(),
                        Texts.get("card.kind." + row.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private Tab eventsTab() {
        TableView<EventRowViewModel> table = new TableView<>(vm.getEvents());
        table.setId("eventsTable");
        table.setPlaceholder(new Label(Texts.get("card.noEvents")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<EventRowViewModel, String> name =
                FxWindows.textColumn(Texts.get("card.column.event"), EventRowViewModel::name, 120);
        TruncatedTooltip.onCells(name);
        TableColumn<EventRowViewModel, Long> count = new TableColumn<>(Texts.get("card.column.count"));
        count.setId("eventCountColumn");
        count.setCellValueFactory(
                data -> new ReadOnlyObjectWrapper<>(data.getValue().count()));
        TableColumn<EventRowViewModel, Instant> first =
                dateColumn(Texts.get("card.column.first"), EventRowViewModel::first, EventRowViewModel::firstText);
        TableColumn<EventRowViewModel, Instant> last =
                dateColumn(Texts.get("card.column.last"), EventRowViewModel::last, EventRowViewModel::lastText);
        table.getColumns().setAll(java.util.List.of(name, count, first, last));
        ColumnFit.toText(count, table.getItems(), row -> Long.toString(row.count()));
        ColumnFit.toText(first, table.getItems(), EventRowViewModel::firstText);
        ColumnFit.toText(last, table.getItems(), EventRowViewModel::lastText);
        Tab tab = new Tab(Texts.get("card.tab.events"));
        tab.setId("eventsTab");
        tab.setContent(EventTimelineView.below(table, vm.eventTimeline(), tab.selectedProperty()));
        return tab;
    }

    private Tab segmentsTab() {
        ListView<String> list = new ListView<>(vm.getSegments());
        list.setId("segmentsList");
        list.setPlaceholder(new Label(Texts.get("card.noSegments")));
        return tab("segmentsTab", Texts.get("card.tab.segments"), list);
    }

    private Tab tagsTab() {
        ListView<String> list = new ListView<>(vm.getTags());
        list.setId("tagsList");
        list.setPlaceholder(new Label(Texts.get("card.noTags")));
        return tab("tagsTab", Texts.get("card.tab.tags"), list);
    }

    private Tab notesTab() {
        ListView<NoteViewModel> list = new ListView<>(vm.getNotes());
        list.setId("notesList");
        list.setPlaceholder(new Label(Texts.get("card.noNotes")));
        list.setCellFactory(ignored -> new NoteCell());
        return tab("notesTab", Texts.get("card.tab.notes"), list);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** A date column that sorts by the instant and shows the row's text for it. */
    private static TableColumn<EventRowViewModel, Instant> dateColumn(
            String title, Function<EventRowViewModel, Instant> value, Function<EventRowViewModel, String> text) {
        TableColumn<EventRowViewModel, Instant> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                EventRowViewModel row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : text.apply(row));
            }
        });
        return column;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label boundLabel(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        TruncatedTooltip.install(label);
        return label;
    }

    /** A value that may be missing (email, phone, User ID): "not given", muted, rather than a blank beside its key. */
    private static Label optionalLabel(String id, ObservableStringValue text) {
        Label label = boundLabel(
                id,
                Bindings.createStringBinding(
                        () -> text.get().isEmpty() ? Texts.get("card.notGiven") : text.get(), text));
        label.pseudoClassStateChanged(NOT_GIVEN, text.get().isEmpty());
        text.addListener((obs, old, now) -> label.pseudoClassStateChanged(NOT_GIVEN, now.isEmpty()));
        return label;
    }

    private static Node withCopy(Label value, ObservableStringValue copied, String buttonId, Runnable copy) {
        Button button = Icons.COPY.onlyOn(new Button(), Texts.get("common.copy"));
        button.setId(buttonId);
        button.setOnAction(event -> copy.run());
        button.getStyleClass().add("card-small-button");
        button.visibleProperty()
                .bind(Bindings.createBooleanBinding(() -> !copied.get().isEmpty(), copied));
        HBox box = new HBox(4, value, button);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A note: the author's initials in a circle, name and date, and the body as plain text. */
    private static final class NoteCell extends ListCell<NoteViewModel> {
        @Override
        protected void updateItem(NoteViewModel note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setGraphic(null);
                return;
            }
            Label avatar = new Label(note.initials());
            avatar.getStyleClass().add("note-avatar");
            Label author = new Label(note.author());
            author.getStyleClass().add("text-bold");
            Label date = new Label(note.dateText());
            date.getStyleClass().add("text-muted");
            Label body = new Label(note.body()); // a Label renders text as is: never markup
            body.setWrapText(true);
            body.setMaxWidth(Double.MAX_VALUE);
            VBox text = new VBox(2, new HBox(8, author, date), body);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(8, avatar, text);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }
}
