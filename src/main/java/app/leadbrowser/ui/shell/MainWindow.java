package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.WindowState;
import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.help.AboutViewModel;
import app.leadbrowser.ui.leads.LeadTableView;
import app.leadbrowser.ui.looks.LooksView;
import app.leadbrowser.ui.looks.LooksViewModel;
import app.leadbrowser.ui.looks.ThemeChoice;
import app.leadbrowser.ui.palette.PaletteViewModel;
import app.leadbrowser.ui.refresh.AutoRefreshViewModel;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: menu bar, a split pane [filter slot | lead table | lead card] and a status bar, put together
 * from {@link MainMenuBar}, {@link SessionPanes}, {@link StatusBar}, {@link ConnectingPane} and
 * {@link WindowBounds}.
 */
public final class MainWindow {
    private final MainWindowViewModel vm;
    private final LooksViewModel looks;
    private final AutoRefreshViewModel autoRefresh;
    private final BorderPane root = new BorderPane();
    private final SplitPane split;
    private final WindowBounds bounds;
    private final SessionPanes panes;
    private final MainMenuBar menus;
    private final PaletteLauncher palette;
    private final ConnectingPane connectingPane;

    /**
     * @param looks the theme and density (View menu)
     * @param autoRefresh the auto-refresh of the visible page (View menu, status bar)
     * @param about what the About box shows
     * @param dialogs asks the user (e.g. whether to restart in another language)
     */
    public MainWindow(
            MainWindowViewModel vm,
            FilterSlot.Factory filterSlots,
            LooksViewModel looks,
            AutoRefreshViewModel autoRefresh,
            AboutViewModel about,
            DialogService dialogs) {
        this.vm = vm;
        this.looks = looks;
        this.autoRefresh = autoRefresh;
        StackPane filterHolder = slot("filterSlot");
        StackPane tableHolder = slot("tableSlot");
        StackPane cardHolder = slot("cardSlot");
        filterHolder.setMinWidth(0);
        filterHolder.setAlignment(Pos.TOP_LEFT); // the saved views hang from the top of the left pane
        cardHolder.setMinWidth(0);
        split = new SplitPane(filterHolder, tableHolder, cardHolder);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(filterHolder, false);
        SplitPane.setResizableWithParent(cardHolder, false);
        bounds = new WindowBounds(split);
        StackPane center = new StackPane(split);
        CardPlacement card = new CardPlacement(split, cardHolder, center, bounds);
        panes = new SessionPanes(
                vm, filterSlots, filterHolder, tableHolder, cardHolder, card::reveal, root::getScene, dialogs);
        StartTrace.mark("session panes made");
        menus = new MainMenuBar(
                vm, looks, autoRefresh, about, panes::focusQuickSearch, bounds::resetPanes, this::owner, dialogs);
        StartTrace.mark("menus made");
        palette = new PaletteLauncher(vm, menus.bar(), panes::propertyItems);
        root.setId("mainWindow");
        root.setTop(menus.bar());
        connectingPane = new ConnectingPane(vm);
        center.getChildren().add(connectingPane.root());
        root.setCenter(center);
        root.setBottom(new StatusBar(vm, autoRefresh).root());
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
        panes.buildSidePanesAfterFirstRows();
    }

    /** Puts the window on {@code stage} with its title and keyboard shortcuts, and shows it. */
    public void show(Stage stage, WindowState state) {
        Scene scene = new Scene(root, state.width(), state.height());
        LooksView.style(scene, looks);
        WindowShortcuts.install(scene, vm, panes::focusQuickSearch, () -> palette.show(owner()));
        stage.setScene(scene);
        StartTrace.mark("scene made");
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

    /** What "Manage workspaces…" (and a failed workspace's *Edit workspace…*) does; disabled until this is set. */
    public void setOnManageWorkspaces(Runnable action) {
        menus.setOnManageWorkspaces(action);
        connectingPane.setOnEditWorkspace(action);
    }

    /** Offers the languages in View → Language; the menu stays disabled until this is called. */
    public void setLanguageChoice(LanguageChoice languages, Runnable restart) {
        menus.setLanguageChoice(languages, restart);
    }

    /** What View → Online now (Ctrl+Shift+O) does; the item stays disabled until this is set. */
    public void setOnOpenOnlineNow(Runnable action) {
        menus.setOnOpenOnlineNow(action);
    }

    /** Calls {@code listener} when the window is moved, resized, maximized or a split divider is dragged. */
    public void addWindowStateListener(Stage stage, InvalidationListener listener) {
        bounds.addListener(stage, listener);
    }

    /** The window's bounds and split positions, as the settings keep them. */
    public WindowState currentWindowState(Stage stage) {
        return bounds.current(stage);
    }

    /** Restores bounds and split positions kept from the last run. */
    public void applyWindowState(Stage stage, WindowState state) {
        bounds.apply(stage, state);
    }

    /** Adds a feature's menu to the menu bar, before the Workspace menu. */
    public void addMenu(Menu menu) {
        menus.addMenu(menu);
    }

    /**
     * Opens the card of a lead that need not be on the page shown (by id, from recent leads): the table's rows are
     * unmarked, then {@code select} selects the lead for the card, which is shown and focused.
     */
    public void openLeadCard(Runnable select) {
        panes.openLeadCard(select);
    }

    /** The table View of the session shown (for tests and the screenshot tool). */
    public LeadTableView currentTableView() {
        return panes.currentTable();
    }

    /** Ctrl+K also finds the workspace's leads through {@code source}. */
    void findLeadsWith(PaletteViewModel.LiveSource source) {
        palette.findLeadsWith(source);
    }

    private Window owner() {
        return root.getScene().getWindow();
    }

    private static StackPane slot(String id) {
        StackPane slot = new StackPane();
        slot.setId(id);
        return slot;
    }
}
