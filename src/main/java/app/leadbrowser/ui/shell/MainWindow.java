package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.card.LeadCardView;
import app.leadbrowser.ui.card.LeadExplanationView;
import app.leadbrowser.ui.card.LeadWalkBar;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.WorkspaceNames;
import app.leadbrowser.ui.help.AboutDialog;
import app.leadbrowser.ui.help.AboutViewModel;
import app.leadbrowser.ui.help.Shortcuts;
import app.leadbrowser.ui.help.ShortcutsSheet;
import app.leadbrowser.ui.leads.LeadTableView;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.leads.ListAsOfView;
import app.leadbrowser.ui.looks.Density;
import app.leadbrowser.ui.looks.Icons;
import app.leadbrowser.ui.looks.LooksTexts;
import app.leadbrowser.ui.looks.LooksView;
import app.leadbrowser.ui.looks.LooksViewModel;
import app.leadbrowser.ui.looks.ThemeChoice;
import app.leadbrowser.ui.palette.MenuActions;
import app.leadbrowser.ui.palette.PaletteItem;
import app.leadbrowser.ui.palette.PaletteView;
import app.leadbrowser.ui.palette.PaletteViewModel;
import app.leadbrowser.ui.refresh.AutoRefreshViewModel;
import app.leadbrowser.ui.refresh.IntervalTexts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: menu bar, a split pane [filter slot | lead table | lead card] and a status bar. Shows the
 * session of the active workspace, keeping each session's Views so switching back finds them as they were.
 */
public final class MainWindow {
    private static final double[] DEFAULT_DIVIDERS = {0.24, 0.67};

    private final MainWindowViewModel vm;
    private final FilterSlot.Factory filterSlots;
    private final LooksViewModel looks;
    private final AutoRefreshViewModel autoRefresh;
    private final AboutViewModel about;
    private final BorderPane root = new BorderPane();
    private final StackPane filterHolder = new StackPane();
    private final StackPane tableHolder = new StackPane();
    private final StackPane cardHolder = new StackPane();
    private final SplitPane split = new SplitPane(filterHolder, tableHolder, cardHolder);
    private final Menu workspaceMenu = new Menu(Texts.get("shell.menu.workspace"));
    private final MenuItem manageWorkspaces = new MenuItem(Texts.get("shell.menu.manageWorkspaces"));
    private final Menu languageMenu = new Menu(Texts.get("shell.menu.language"));
    private final MenuItem onlineNow = new MenuItem(Texts.get("online.menu"));
    private final MenuBar menuBar;
    private final PaletteViewModel palette = new PaletteViewModel();
    private PaletteView paletteView;
    private final Map<WorkspaceSession, SessionViews> views = new HashMap<>();
    private final ListAsOfView listAsOf = new ListAsOfView();
    private final Node connectingPane;
    private ShortcutsSheet shortcutsSheet;
    private javafx.scene.control.Dialog<?> aboutBox;
    private boolean sidePanesAfterFirstRows;

    /** The Views of one session: its table, and its side panes (filter slot and card) once built. */
    private static final class SessionViews {
        private final LeadTableView table;
        private FilterSlot filter;
        private LeadCardView card;

        private SessionViews(LeadTableView table) {
            this.table = table;
        }

        private boolean hasSidePanes() {
            return filter != null;
        }
    }

    /**
     * @param looks the theme and density (View menu)
     * @param autoRefresh the auto-refresh of the visible page (View menu, status bar)
     * @param about what the About box shows
     */
    public MainWindow(
            MainWindowViewModel vm,
            FilterSlot.Factory filterSlots,
            LooksViewModel looks,
            AutoRefreshViewModel autoRefresh,
            AboutViewModel about) {
        this.vm = vm;
        this.filterSlots = filterSlots;
        this.looks = looks;
        this.autoRefresh = autoRefresh;
        this.about = about;
        root.setId("mainWindow");
        split.setId("mainSplit");
        filterHolder.setId("filterSlot");
        tableHolder.setId("tableSlot");
        cardHolder.setId("cardSlot");
        filterHolder.setMinWidth(0);
        cardHolder.setMinWidth(0);
        split.setDividerPositions(DEFAULT_DIVIDERS);
        SplitPane.setResizableWithParent(filterHolder, false);
        SplitPane.setResizableWithParent(cardHolder, false);
        manageWorkspaces.setId("manageWorkspacesItem");
        manageWorkspaces.setDisable(true);

        connectingPane = connectingPane();
        menuBar = menuBar();
        root.setTop(menuBar);
        root.setCenter(new StackPane(split, connectingPane));
        root.setBottom(statusBar());

        vm.sessionProperty().addListener((obs, old, session) -> showSession(session));
        vm.getWorkspaces().addListener((ListChangeListener<Workspace>) change -> fillWorkspaceMenu());
        vm.activeWorkspaceProperty().addListener((obs, old, active) -> fillWorkspaceMenu());
        fillWorkspaceMenu();
    }

    public Parent getRoot() {
        return root;
    }

    /**
     * At start-up: the filter slot and the card of the first session are built once its first rows are painted
     * (or its first page failed), so that the frame with the first rows holds only what they need. Their places in
     * the split pane keep their size meanwhile, so nothing moves when they appear; anything that needs them first
     * (Ctrl+F, opening a card, filtering from a cell) builds them at once.
     */
    public void buildSidePanesAfterFirstRows() {
        sidePanesAfterFirstRows = true;
    }

    /** Puts the window on {@code stage} with its title and keyboard shortcuts, and shows it. */
    public void show(Stage stage, WindowState state) {
        Scene scene = new Scene(root, state.width(), state.height());
        LooksView.style(scene, looks);
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                Texts.get("help.key.reload"),
                vm::refresh);
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                Texts.get("help.key.quickSearch"),
                this::focusQuickSearch);
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                Texts.get("help.key.nextLead"),
                () -> walk(1));
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                Texts.get("help.key.previousLead"),
                () -> walk(-1));
        Shortcuts.accelerate(
                scene,
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                Texts.get("help.key.palette"),
                this::showPalette);
        Shortcuts.describe(scene, new KeyCodeCombination(KeyCode.F10), Texts.get("help.key.menuBar"));
        stage.setScene(scene);
        InvalidationListener visibility =
                changed -> autoRefresh.setWindowShown(stage.isShowing() && !stage.isIconified());
        stage.showingProperty().addListener(visibility);
        stage.iconifiedProperty().addListener(visibility);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && looks.themeChoiceProperty().get() == ThemeChoice.SYSTEM) {
                looks.readSystemTheme(); // the system's theme may have changed while another window was in front
            }
        });
        stage.titleProperty().bind(vm.titleProperty());
        applyWindowState(stage, state);
        stage.show();
    }

    /** What "Manage workspaces…" does; the item stays disabled until this is set. */
    public void setOnManageWorkspaces(Runnable action) {
        manageWorkspaces.setOnAction(event -> action.run());
        manageWorkspaces.setDisable(action == null);
    }

    /** Offers the languages in View → Language; the menu stays disabled until this is called. */
    public void setLanguageChoice(LanguageChoice languages, Runnable restart, Supplier<Window> owner) {
        LanguageMenu.fill(languageMenu, languages, restart, owner);
    }

    /** What View → Online now (Ctrl+Shift+O) does; the item stays disabled until this is set. */
    public void setOnOpenOnlineNow(Runnable action) {
        onlineNow.setOnAction(event -> action.run());
        onlineNow.setDisable(action == null);
    }

    /** Calls {@code listener} when the window is moved, resized, maximized or a split divider is dragged. */
    public void addWindowStateListener(Stage stage, InvalidationListener listener) {
        List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())
                .forEach(value -> value.addListener(listener));
        stage.maximizedProperty().addListener(listener);
        split.getDividers().forEach(divider -> divider.positionProperty().addListener(listener));
    }

    /** The window's bounds and split positions, as the settings keep them. */
    public WindowState currentWindowState(Stage stage) {
        List<Double> dividers = new ArrayList<>();
        for (double position : split.getDividerPositions()) {
            dividers.add(position);
        }
        return new WindowState(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(), dividers);
    }

    /** Restores bounds and split positions kept from the last run. */
    public void applyWindowState(Stage stage, WindowState state) {
        boolean resized = stage.isShowing()
                && (stage.getWidth() != state.width() || stage.getHeight() != state.height() || state.maximized());
        if (!Double.isNaN(state.x()) && !Double.isNaN(state.y())) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        stage.setMaximized(state.maximized());
        if (state.dividers().size() == 2) {
            double[] positions = {state.dividers().get(0), state.dividers().get(1)};
            split.setDividerPositions(positions);
            if (resized) {
                // the side panes keep their width in pixels when a shown window is resized, which moves the
                // dividers just set: set them again after the layout pass of the new size
                InvalidationListener[] once = new InvalidationListener[1];
                once[0] = width -> {
                    split.widthProperty().removeListener(once[0]);
                    Platform.runLater(() -> split.setDividerPositions(positions));
                };
                split.widthProperty().addListener(once[0]);
            }
        }
    }

    /** Adds a feature's menu to the menu bar, before the Workspace menu. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().indexOf(workspaceMenu), menu);
    }

    /**
     * Opens the card of a lead that need not be on the page shown (by id, from recent leads): the table's rows are
     * unmarked, then {@code select} selects the lead for the card, which is shown and focused.
     */
    public void openLeadCard(Runnable select) {
        WorkspaceSession session = vm.getSession();
        if (views.containsKey(session)) {
            views.get(session).table.getTable().getSelectionModel().clearSelection();
            select.run();
            openCard(withSidePanes(session).card);
        }
    }

    /** The Views of the session shown (for tests and the screenshot tool). */
    public LeadTableView currentTableView() {
        SessionViews shown = views.get(vm.getSession());
        return shown == null ? null : shown.table;
    }

    private void showSession(WorkspaceSession session) {
        if (session == null) {
            return;
        }
        views.keySet().removeIf(old -> !vm.isOpen(old)); // sessions closed when their workspace changed
        SessionViews shown = views.computeIfAbsent(session, this::createViews);
        tableHolder.getChildren().setAll(shown.table.getRoot());
        if (sidePanesAfterFirstRows && !shown.hasSidePanes()) {
            sidePanesAfterFirstRows = false;
            filterHolder.getChildren().clear();
            cardHolder.getChildren().clear();
            afterFirstLoadPainted(session.leadTable(), () -> {
                if (session == vm.getSession()) {
                    withSidePanes(session);
                }
            });
        } else {
            showSidePanes(withSidePanes(session));
        }
        listAsOf.show(session.leadTable());
        shown.table.getTable().requestFocus();
    }

    private SessionViews createViews(WorkspaceSession session) {
        LeadTableView table = new LeadTableView(session.leadTable());
        table.setOnOpenLead(() -> openCard(withSidePanes(session).card));
        table.setOnFilterFromCell(
                condition -> withSidePanes(session).filter.addCondition().accept(condition));
        return new SessionViews(table);
    }

    /** The Views of {@code session}, its side panes built now if they are not yet (and shown if it is shown). */
    private SessionViews withSidePanes(WorkspaceSession session) {
        SessionViews shown = views.get(session);
        if (shown.hasSidePanes()) {
            return shown;
        }
        LeadCardView card = new LeadCardView(session.leadCard());
        card.addTopBar(new LeadWalkBar(session.walk()).getRoot());
        card.addSection(new LeadExplanationView(session.explanation()).getRoot());
        FilterSlot filter = filterSlots.create(session);
        card.setOnFilterFromProperty(filter.addCondition());
        shown.filter = filter;
        shown.card = card;
        if (session == vm.getSession()) {
            showSidePanes(shown);
        }
        return shown;
    }

    private void showSidePanes(SessionViews shown) {
        filterHolder.getChildren().setAll(shown.filter.root());
        cardHolder.getChildren().setAll(shown.card.getRoot());
    }

    /**
     * Runs {@code then} once the table's load under way has ended and the frame showing its outcome was painted:
     * the pulse after the one that laid the rows out begins only when the renderer has finished that frame.
     */
    private void afterFirstLoadPainted(LeadTableViewModel table, Runnable then) {
        Scene scene = root.getScene();
        if (scene == null) {
            then.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean laidOut;
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                if (laidOut) {
                    done = true;
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this); // not while the pulse walks its listeners
                        then.run();
                    });
                } else if (!table.isLoading()) {
                    laidOut = true;
                    Platform.requestNextPulse();
                }
            }
        });
    }

    private void openCard(LeadCardView card) {
        double[] positions = split.getDividerPositions();
        if (positions[1] > 0.95) {
            split.setDividerPosition(1, DEFAULT_DIVIDERS[1]);
        }
        card.focus();
    }

    /** Alt+Down / Alt+Up: the next or previous lead of the list in the card. */
    private void walk(int direction) {
        WorkspaceSession session = vm.getSession();
        if (session != null && direction > 0) {
            session.walk().next();
        } else if (session != null) {
            session.walk().previous();
        }
    }

    /** Ctrl+K: the command palette over every menu action, the filter history and "add condition on …". */
    private void showPalette() {
        if (paletteView == null) {
            palette.addSource(() -> MenuActions.of(menuBar));
            palette.addSource(this::historyItems);
            palette.addSource(this::propertyItems);
            paletteView = new PaletteView(palette);
        }
        paletteView.show(root.getScene().getWindow());
    }

    /** Ctrl+K also finds the workspace's leads through {@code source}. */
    void findLeadsWith(PaletteViewModel.LiveSource source) {
        palette.setLiveSource(source);
    }

    private List<PaletteItem> historyItems() {
        WorkspaceSession session = vm.getSession();
        if (session == null) {
            return List.of();
        }
        return session.filterHistory().items().stream()
                .map(item -> new PaletteItem(
                        PaletteItem.Kind.HISTORY,
                        item.summary(),
                        session.filterHistory().appliedAtText(item),
                        () -> session.filterHistory().reapply(item)))
                .toList();
    }

    private List<PaletteItem> propertyItems() {
        WorkspaceSession session = vm.getSession();
        return views.containsKey(session)
                ? withSidePanes(session).filter.propertyActions().get()
                : List.of();
    }

    private void focusQuickSearch() {
        WorkspaceSession session = vm.getSession();
        if (views.containsKey(session)) {
            withSidePanes(session).filter.focusQuickSearch().run();
        }
    }

    private MenuBar menuBar() {
        MenuItem refresh = new MenuItem(Texts.get("shell.menu.refresh"));
        refresh.setId("refreshItem");
        refresh.setGraphic(Icons.REFRESH.node());
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(event -> vm.refresh());
        MenuItem quit = new MenuItem(Texts.get("shell.menu.quit"));
        quit.setId("quitItem");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> root.getScene().getWindow().hide());
        Menu file = new Menu(Texts.get("shell.menu.file"), null, refresh, new SeparatorMenuItem(), quit);

        MenuItem quickSearch = new MenuItem(Texts.get("shell.menu.quickSearch"));
        quickSearch.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        quickSearch.setOnAction(event -> focusQuickSearch());
        MenuItem resetLayout = new MenuItem(Texts.get("shell.menu.resetPanes"));
        resetLayout.setOnAction(event -> split.setDividerPositions(DEFAULT_DIVIDERS));
        languageMenu.setDisable(true);
        onlineNow.setId("onlineNowItem");
        onlineNow.setAccelerator(
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        onlineNow.setDisable(true);
        Menu view = new Menu(
                Texts.get("shell.menu.view"),
                null,
                quickSearch,
                onlineNow,
                resetLayout,
                new SeparatorMenuItem(),
                themeMenu(),
                densityMenu(),
                new SeparatorMenuItem(),
                autoRefreshMenu(),
                new SeparatorMenuItem(),
                languageMenu);

        MenuItem shortcuts = new MenuItem(Texts.get("help.menu.shortcuts"));
        shortcuts.setId("shortcutsItem");
        shortcuts.setGraphic(Icons.KEYBOARD.node());
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(event -> showShortcuts());
        MenuItem about = new MenuItem(Texts.get("shell.menu.about", MainWindowViewModel.APP_NAME));
        about.setId("aboutItem");
        about.setGraphic(Icons.INFO.node());
        about.setOnAction(event -> showAbout());
        Menu help = new Menu(Texts.get("shell.menu.help"), null, shortcuts, new SeparatorMenuItem(), about);

        MenuBar bar = new MenuBar(file, view, workspaceMenu, help);
        bar.setId("menuBar");
        return bar;
    }

    private Menu themeMenu() {
        Menu menu = new Menu(Texts.get("looks.menu.theme"));
        menu.setId("themeMenu");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            menu.getItems()
                    .add(radioItem(
                            group,
                            "theme-" + choice.wireName(),
                            LooksTexts.of(choice),
                            choice,
                            looks.themeChoiceProperty(),
                            looks::chooseTheme));
        }
        return menu;
    }

    private Menu densityMenu() {
        Menu menu = new Menu(Texts.get("looks.menu.density"));
        menu.setId("densityMenu");
        ToggleGroup group = new ToggleGroup();
        for (Density density : Density.values()) {
            menu.getItems()
                    .add(radioItem(
                            group,
                            "density-" + density.wireName(),
                            LooksTexts.of(density),
                            density,
                            looks.densityProperty(),
                            looks::chooseDensity));
        }
        return menu;
    }

    private Menu autoRefreshMenu() {
        Menu menu = new Menu(Texts.get("refresh.menu"));
        menu.setId("autoRefreshMenu");
        menu.setGraphic(Icons.AUTO_REFRESH.node());
        ToggleGroup group = new ToggleGroup();
        for (Duration interval : AutoRefreshViewModel.INTERVALS) {
            menu.getItems()
                    .add(radioItem(
                            group,
                            "autoRefresh-" + interval.toSeconds(),
                            IntervalTexts.menuText(interval),
                            interval,
                            autoRefresh.intervalProperty(),
                            autoRefresh::setInterval));
        }
        return menu;
    }

    /** A radio item that is selected while {@code current} holds {@code value}, and chooses it when clicked. */
    private static <T> RadioMenuItem radioItem(
            ToggleGroup group,
            String id,
            String text,
            T value,
            javafx.beans.value.ObservableValue<T> current,
            Consumer<T> choose) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(value.equals(current.getValue()));
        current.addListener((obs, old, now) -> item.setSelected(value.equals(now)));
        item.setOnAction(event -> choose.accept(value));
        return item;
    }

    private void showShortcuts() {
        if (shortcutsSheet == null) {
            shortcutsSheet = new ShortcutsSheet(root.getScene().getWindow());
        }
        shortcutsSheet.show();
    }

    private void fillWorkspaceMenu() {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (Workspace workspace : vm.getWorkspaces()) {
            RadioMenuItem item = new RadioMenuItem(WorkspaceNames.of(workspace));
            item.setId("workspace-" + workspace.id());
            item.setToggleGroup(group);
            item.setSelected(workspace.equals(vm.activeWorkspaceProperty().get()));
            item.setOnAction(event -> vm.switchTo(workspace));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        items.add(manageWorkspaces);
        workspaceMenu.getItems().setAll(items);
    }

    private void showAbout() {
        if (aboutBox != null && aboutBox.isShowing()) {
            aboutBox.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        aboutBox = AboutDialog.show(root.getScene().getWindow(), MainWindowViewModel.APP_NAME, about);
    }

    private Node connectingPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("connectingProgress");
        progress.visibleProperty().bind(vm.connectingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("connectingMessage");
        message.textProperty().bind(vm.connectMessageProperty());
        message.visibleProperty().bind(vm.connectingProperty());
        message.managedProperty().bind(message.visibleProperty());
        Label error = new Label();
        error.setId("connectError");
        error.setWrapText(true);
        error.textProperty().bind(vm.connectErrorProperty());
        Button retry = Icons.RETRY.on(new Button(Texts.get("common.retry")));
        retry.setTooltip(new Tooltip(Texts.get("help.tip.retryConnect")));
        retry.setId("connectRetryButton");
        retry.setOnAction(event -> vm.retryConnect());
        Button demo = new Button(Texts.get("shell.openDemo"));
        demo.setId("connectDemoButton");
        demo.setTooltip(new Tooltip(Texts.get("help.tip.openDemo")));
        demo.setOnAction(event -> vm.switchTo(Workspace.demo()));
        demo.visibleProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> vm.activeWorkspaceProperty().get() != null
                                && !vm.activeWorkspaceProperty().get().isDemo(),
                        vm.activeWorkspaceProperty()));
        demo.managedProperty().bind(demo.visibleProperty());
        HBox actions = new HBox(8, retry, demo);
        actions.setAlignment(Pos.CENTER);
        actions.visibleProperty().bind(vm.connectErrorProperty().isNotEmpty());
        actions.managedProperty().bind(actions.visibleProperty());
        VBox pane = new VBox(12, progress, message, error, actions);
        pane.setAlignment(Pos.CENTER);
        pane.setMaxSize(420, 220);
        pane.getStyleClass().add("connecting-pane");
        pane.visibleProperty()
                .bind(vm.connectingProperty().or(vm.connectErrorProperty().isNotEmpty()));
        return pane;
    }

    private Node statusBar() {
        Label workspace = new Label();
        workspace.setId("statusWorkspace");
        workspace.setMinWidth(Region.USE_PREF_SIZE);
        workspace
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.activeWorkspaceProperty().get() == null
                                ? ""
                                : WorkspaceNames.of(vm.activeWorkspaceProperty().get()),
                        vm.activeWorkspaceProperty()));
        Label total = statusLabel("statusTotal", vm.statusTotalProperty());
        Label loaded = statusLabel("statusLoaded", vm.statusLoadedProperty());
        Label error = statusLabel("statusError", vm.statusErrorProperty());
        error.getStyleClass().add("danger");
        Label notice = statusLabel("statusNotice", vm.noticeProperty());
        notice.getStyleClass().add("warning");
        Label refreshing = statusLabel("statusAutoRefresh", autoRefresh.statusTextProperty());
        refreshing.getStyleClass().add("text-muted");
        refreshing.visibleProperty().bind(autoRefresh.statusTextProperty().isNotEmpty());
        refreshing.managedProperty().bind(refreshing.visibleProperty());
        notice.setMinWidth(0); // a long notice is cut short; the tooltip has all of it
        notice.setTooltip(new Tooltip());
        notice.getTooltip().textProperty().bind(vm.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(
                10,
                workspace,
                new Separator(javafx.geometry.Orientation.VERTICAL),
                total,
                listAsOf.getRoot(),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                loaded,
                refreshing,
                spacer,
                notice,
                error);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    private static Label statusLabel(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE); // a long notice beside it is cut short instead
        label.textProperty().bind(text);
        return label;
    }
}
