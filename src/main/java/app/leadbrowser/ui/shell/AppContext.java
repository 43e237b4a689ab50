package app.leadbrowser.ui.shell;

import app.leadbrowser.AppVersion;
import app.leadbrowser.logging.CrashHandler;
import app.leadbrowser.logging.LogDir;
import app.leadbrowser.settings.AppSettings;
import app.leadbrowser.settings.FilterHistory;
import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.settings.PreferencesStore;
import app.leadbrowser.settings.TokenStore;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.card.LeadCardTabs;
import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.card.LeadExplanationViewModel;
import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.common.FileDialogs;
import app.leadbrowser.ui.common.FxClipboardService;
import app.leadbrowser.ui.common.FxDebouncer;
import app.leadbrowser.ui.common.FxDialogService;
import app.leadbrowser.ui.common.FxScheduler;
import app.leadbrowser.ui.common.FxTaskRunner;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.export.FileOpener;
import app.leadbrowser.ui.filter.EventNamer;
import app.leadbrowser.ui.filter.FilterHistoryViewModel;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.help.AboutViewModel;
import app.leadbrowser.ui.leads.LeadColumnsViewModel;
import app.leadbrowser.ui.leads.LeadRowViewModel;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.leads.LeadWalkViewModel;
import app.leadbrowser.ui.leads.ListingState;
import app.leadbrowser.ui.looks.LooksViewModel;
import app.leadbrowser.ui.looks.SystemTheme;
import app.leadbrowser.ui.online.FxRepeater;
import app.leadbrowser.ui.online.OnlineNowViewModel;
import app.leadbrowser.ui.online.OnlineNowWindow;
import app.leadbrowser.ui.open.RecentLeadsViewModel;
import app.leadbrowser.ui.refresh.AutoRefreshViewModel;
import app.leadbrowser.ui.settings.WorkspaceDialog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: builds the shared services and the main window by constructor, makes a
 * session (table and card ViewModels) for each workspace connected, and closes it all on exit. With a config
 * directory ({@link #start(Stage, Path, Function)}) it also reads and keeps the settings and opens the saved
 * workspaces. Construct and use on the FX thread.
 */
public final class AppContext implements AutoCloseable {
    private final FxTaskRunner runner = new FxTaskRunner(2);
    private final ClipboardService clipboard = new FxClipboardService();
    private final TimeTexts times = TimeTexts.system();
    private final WorkspaceConnector demoConnector;
    private final LinkOpener links;
    private final MainWindowViewModel mainWindowViewModel;
    private final LooksViewModel looks;
    private final AutoRefreshViewModel autoRefresh = new AutoRefreshViewModel(new FxScheduler());
    private final MainWindow mainWindow;
    private final OnlineNowWindow<WorkspaceSession> onlineNow;
    private final FeatureWiring features;

    /** Set once the settings are read; real workspaces connect through it (read on background threads). */
    private volatile SavedWorkspaceConnector savedWorkspaces;

    private RunningTask startup;
    private LoadedSettings settings;
    private SettingsKeeper keeper;
    private PreferencesStore preferences;

    /**
     * @param demoConnector opens the demo workspace (it starts the embedded sandbox); without settings, every
     *     workspace goes here
     * @param links opens http(s) links in the system browser
     * @param filterSlots makes the left pane of each session (the filter builder)
     */
    public AppContext(WorkspaceConnector demoConnector, LinkOpener links, FilterSlot.Factory filterSlots) {
        this.demoConnector = demoConnector;
        this.links = links;
        this.mainWindowViewModel = new MainWindowViewModel(runner, this::connect, this::newSession, times);
        CrashHandler.onCrash(() -> Platform.runLater(
                () -> mainWindowViewModel.showNotice(Texts.get("shell.unexpectedProblem", LogDir.resolve()))));
        this.looks = new LooksViewModel(runner, SystemTheme.ofThisComputer()::read);
        mainWindowViewModel
                .sessionProperty()
                .addListener((obs, old, shown) -> autoRefresh.follow(
                        shown == null ? null : shown.leadTable().listing()));
        AboutViewModel about = new AboutViewModel(AppVersion::get, LogDir.resolve(), clipboard, links);
        DialogService dialogs = new FxDialogService(this::window);
        this.features = new FeatureWiring(runner, times, mainWindowViewModel, links, dialogs);
        StartTrace.mark("services and features wired");
        this.mainWindow = new MainWindow(
                mainWindowViewModel, features.withViewsSidebar(filterSlots), looks, autoRefresh, about, dialogs);
        StartTrace.mark("main window made");
        features.attach(mainWindow);
        StartTrace.mark("main window built");
        this.onlineNow = new OnlineNowWindow<>(mainWindowViewModel.sessionProperty(), this::onlineNowOf, this::window);
        mainWindow.setOnOpenOnlineNow(onlineNow::show);
    }

    public MainWindowViewModel mainWindowViewModel() {
        return mainWindowViewModel;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    /** The Online now window (opened from View → Online now). */
    public OnlineNowWindow<WorkspaceSession> onlineNow() {
        return onlineNow;
    }

    /** The theme and density of the window. */
    public LooksViewModel looks() {
        return looks;
    }

    /** The auto-refresh of the visible page. */
    public AutoRefreshViewModel autoRefresh() {
        return autoRefresh;
    }

    /**
     * Keeps the theme, density, auto-refresh and the export window's choices in {@code store} (read already) from
     * now on, as it holds them.
     */
    public void usePreferences(PreferencesStore store) {
        preferences = store;
        looks.attach(store);
        autoRefresh.attach(store);
        features.usePreferences(store);
        store.brokenFile().map(UserMessages::fileNotRead).ifPresent(mainWindowViewModel::showNotice);
    }

    /** Answers the file choosers and stands in for the OS's "open file" (window tests, where neither can run). */
    public void useFileHandling(FileDialogs dialogs, FileOpener opener) {
        features.useFileHandling(dialogs, opener);
    }

    /** Opens {@code initial} without reading or keeping settings (tests and the screenshot tool). */
    public void start(Workspace initial) {
        mainWindowViewModel.switchTo(initial);
    }

    /**
     * Shows the window at once, then reads the settings of {@code configDir} in the background and opens the
     * active workspace (the demo when none is configured) with the window, panes and views as they were left.
     * A damaged settings file gives the defaults and a notice in the status bar.
     *
     * @param tokenStores the token store for a config directory, e.g. {@code TokenStores::best} (it is probed
     *     only when a token is first needed)
     */
    public void start(Stage stage, Path configDir, Function<Path, TokenStore> tokenStores) {
        start(stage, () -> LoadedSettings.read(configDir, tokenStores), Optional.empty());
    }

    /**
     * As {@link #start(Stage, Path, Function)}, with the settings from {@code settings}, called on a background
     * thread: the app begins reading them before the toolkit starts ({@link EarlyStart}). When they are {@code read}
     * already, as they usually are by then, the window's first frame has its saved place, size and look, and the
     * workspace opens at once.
     */
    void start(Stage stage, Callable<LoadedSettings> settings, Optional<LoadedSettings> read) {
        looks.readSystemTheme();
        mainWindow.buildSidePanesAfterFirstRows();
        mainWindow.show(stage, read.map(AppContext::savedWindow).orElseGet(AppSettings.defaults()::window));
        StartTrace.mark("stage shown (settings read by then: " + read.isPresent() + ")");
        mainWindowViewModel.beginStartup();
        if (read.isPresent()) {
            opened(stage, read.get());
            return;
        }
        startup = runner.run(
                settings,
                loaded -> {
                    mainWindow.applyWindowState(stage, savedWindow(loaded));
                    opened(stage, loaded);
                },
                failure -> {
                    mainWindowViewModel.showNotice(Texts.get("shell.settingsFailed", UserMessages.describe(failure)));
                    mainWindowViewModel.switchTo(Workspace.demo());
                });
    }

    private static WindowState savedWindow(LoadedSettings loaded) {
        return loaded.store().current().window();
    }

    private void opened(Stage stage, LoadedSettings loaded) {
        settings = loaded;
        usePreferences(loaded.preferences());
        WorkspaceService workspaces = loaded.workspaces();
        savedWorkspaces = new SavedWorkspaceConnector(workspaces);
        AppSettings saved = loaded.store().current();
        mainWindowViewModel.setWorkspaces(workspaces.list());
        features.useStores(loaded.savedViews(), loaded.recentLeads());
        Map<String, ViewState> views = new HashMap<>(saved.views());
        views.putAll(features.lastUsedViews());
        mainWindowViewModel.setSavedViewStates(views);
        loaded.notice().ifPresent(mainWindowViewModel::showNotice);
        List.of(
                        loaded.history().brokenFile(),
                        loaded.savedViews().brokenFile(),
                        loaded.recentLeads().brokenFile())
                .forEach(broken -> broken.map(UserMessages::fileNotRead).ifPresent(mainWindowViewModel::showNotice));
        mainWindow.setOnManageWorkspaces(() -> manageWorkspaces(stage));
        keeper = new SettingsKeeper(loaded.store(), workspaces, mainWindowViewModel, mainWindow, stage);
        keeper.start();
        mainWindowViewModel.switchTo(workspaces.active());
    }

    private WorkspaceConnector.Connection connect(Workspace workspace) throws Exception {
        Log.LOG.info(
                "Opening workspace {} ({})",
                workspace.id(),
                workspace.isDemo() ? "the demo sandbox" : workspace.baseUrl());
        SavedWorkspaceConnector saved = savedWorkspaces;
        return workspace.isDemo() || saved == null ? demoConnector.connect(workspace) : saved.connect(workspace);
    }

    /**
     * Opens the workspace dialog (once the token store is known, which may mean probing the keychain), then
     * brings the menu and the open workspace in line with what was added, edited or removed.
     */
    private void manageWorkspaces(Stage stage) {
        runner.run(
                settings.tokens()::resolved,
                store -> {
                    Workspace before =
                            mainWindowViewModel.activeWorkspaceProperty().get();
                    List<Workspace> after = WorkspaceDialog.show(stage, settings.workspaces(), runner);
                    workspacesChanged(before, after);
                },
                failure -> mainWindowViewModel.showNotice(UserMessages.describe(failure)));
    }

    private void workspacesChanged(Workspace active, List<Workspace> after) {
        mainWindowViewModel.getWorkspaces().stream()
                .filter(old -> after.stream().noneMatch(w -> w.id().equals(old.id())))
                .map(Workspace::id)
                .toList()
                .forEach(mainWindowViewModel::forget);
        mainWindowViewModel.setWorkspaces(after);
        if (active == null || active.isDemo()) {
            return;
        }
        Optional<Workspace> edited =
                after.stream().filter(w -> w.id().equals(active.id())).findFirst();
        boolean tokenChanged = settings.tokens().takeWritten(active.id());
        if (edited.isPresent() && (tokenChanged || !edited.get().equals(active) || notOpen())) {
            mainWindowViewModel.reconnect(edited.get());
        }
    }

    /** The active workspace could not be opened (its error is shown): the dialog may have fixed it. */
    private boolean notOpen() {
        return !mainWindowViewModel.connectErrorProperty().get().isEmpty();
    }

    private WorkspaceSession newSession(WorkspaceConnector.Connection connection) {
        StartTrace.mark("connected");
        LeadSelection selection = new LeadSelection();
        ListingState listing = new ListingState();
        LeadTableViewModel table = new LeadTableViewModel(
                connection.client(), runner, times, selection, clipboard, listing, new LeadColumnsViewModel());
        LeadCardViewModel card = new LeadCardViewModel(
                connection.client(),
                runner,
                times,
                clipboard,
                links,
                selection,
                LeadCardTabs.of(connection.client(), runner, times));
        CardPrefetch.wire(
                table, card, selection, new FxDebouncer(Duration.millis(CardPrefetch.HOVER_DELAY.toMillis())));
        LoadedSettings loaded = settings;
        LeadWalkViewModel walk = new LeadWalkViewModel(listing, selection);
        LeadExplanationViewModel explanation = new LeadExplanationViewModel(listing, card, walk, times);
        String workspaceId = connection.workspace().id();
        RecentLeadsViewModel recents = features.recentLeadsFor(workspaceId);
        card.leadProperty().addListener((obs, old, lead) -> recents.record(lead));
        return new WorkspaceSession(
                connection,
                selection,
                table,
                card,
                new FilterHistoryViewModel(
                        loaded == null ? PerWorkspaceStore.inMemory(FilterHistory.STORE) : loaded.history(),
                        workspaceId,
                        times),
                walk,
                explanation,
                features.savedViewsFor(workspaceId, listing),
                recents,
                catalogOf(connection, table, card));
    }

    /** What the session's leads can be filtered on, learned from the rows and cards it loads, events named. */
    private PropertyCatalog catalogOf(
            WorkspaceConnector.Connection connection, LeadTableViewModel table, LeadCardViewModel card) {
        PropertyCatalog catalog = new PropertyCatalog();
        table.getRows().forEach(row -> catalog.learnFrom(row.summary()));
        table.getRows().addListener((ListChangeListener<LeadRowViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> catalog.learnFrom(row.summary()));
            }
        });
        card.leadProperty().addListener((obs, old, lead) -> {
            if (lead != null) {
                catalog.learnFrom(lead);
            }
        });
        new EventNamer(catalog, connection.client(), runner); // kept alive by its listener on the catalog
        return catalog;
    }

    private Window window() {
        return mainWindow.getRoot().getScene().getWindow();
    }

    private OnlineNowViewModel onlineNowOf(WorkspaceSession session) {
        return new OnlineNowViewModel(
                session.connection().client(), runner, times, new FxRepeater(), session.selection());
    }

    /** Saves the window and views, closes the sessions (and the demo sandbox) and stops the background threads. */
    @Override
    public void close() {
        if (startup != null) {
            startup.cancel();
        }
        if (keeper != null) {
            keeper.saveAllAndClose();
        }
        onlineNow.close();
        if (settings != null) {
            settings.history().close();
        }
        if (preferences != null) {
            preferences.close();
        }
        mainWindowViewModel.close();
        features.close();
        runner.close();
        Log.LOG.info("Lead Browser closed");
    }

    /** Holds the logger so that Logback starts at the first log line (off the FX thread), not with this class. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    }
}
