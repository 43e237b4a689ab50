package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.AppSettings;
import app.leadbrowser.settings.TokenStore;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.FxClipboardService;
import app.leadbrowser.ui.common.FxDebouncer;
import app.leadbrowser.ui.common.FxTaskRunner;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.settings.WorkspaceDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.stage.Stage;
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
    private final MainWindow mainWindow;

    /** Set once the settings are read; real workspaces connect through it (read on background threads). */
    private volatile SavedWorkspaceConnector savedWorkspaces;

    private RunningTask startup;
    private LoadedSettings settings;
    private SettingsKeeper keeper;

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
        this.mainWindow = new MainWindow(mainWindowViewModel, filterSlots);
    }

    public MainWindowViewModel mainWindowViewModel() {
        return mainWindowViewModel;
    }

    public MainWindow mainWindow() {
        return mainWindow;
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
        start(stage, () -> LoadedSettings.read(configDir, tokenStores));
    }

    /**
     * As {@link #start(Stage, Path, Function)}, with the settings from {@code settings}, called on a background
     * thread: the app begins reading them before the toolkit starts ({@link EarlyStart}).
     */
    void start(Stage stage, Callable<LoadedSettings> settings) {
        mainWindow.show(stage, AppSettings.defaults().window());
        mainWindowViewModel.beginStartup();
        startup = runner.run(settings, loaded -> opened(stage, loaded), failure -> {
            mainWindowViewModel.showNotice("The settings could not be read (" + UserMessages.describe(failure) + ")");
            mainWindowViewModel.switchTo(Workspace.demo());
        });
    }

    private void opened(Stage stage, LoadedSettings loaded) {
        settings = loaded;
        WorkspaceService workspaces = loaded.workspaces();
        savedWorkspaces = new SavedWorkspaceConnector(workspaces);
        AppSettings saved = loaded.store().current();
        mainWindow.applyWindowState(stage, saved.window());
        mainWindowViewModel.setWorkspaces(workspaces.list());
        mainWindowViewModel.setSavedViewStates(saved.views());
        loaded.notice().ifPresent(mainWindowViewModel::showNotice);
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
        LeadSelection selection = new LeadSelection();
        LeadTableViewModel table = new LeadTableViewModel(connection.client(), runner, times, selection, clipboard);
        LeadCardViewModel card = new LeadCardViewModel(connection.client(), runner, times, clipboard, links, selection);
        CardPrefetch.wire(
                table, card, selection, new FxDebouncer(Duration.millis(CardPrefetch.HOVER_DELAY.toMillis())));
        return new WorkspaceSession(connection, selection, table, card);
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
        mainWindowViewModel.close();
        runner.close();
        Log.LOG.info("Lead Browser closed");
    }

    /** Holds the logger so that Logback starts at the first log line (off the FX thread), not with this class. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    }
}
