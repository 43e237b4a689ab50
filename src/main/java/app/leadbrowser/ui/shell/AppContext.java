package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.card.LeadCardViewModel;
import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.FxClipboardService;
import app.leadbrowser.ui.common.FxTaskRunner;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.leads.LeadTableViewModel;

/**
 * The composition root of the window: builds the shared services and the main window by constructor, makes a
 * session (table and card ViewModels) for each workspace connected, and closes it all on exit. Construct and
 * use on the FX thread.
 */
public final class AppContext implements AutoCloseable {
    private final FxTaskRunner runner = new FxTaskRunner(2);
    private final ClipboardService clipboard = new FxClipboardService();
    private final TimeTexts times = TimeTexts.system();
    private final LinkOpener links;
    private final MainWindowViewModel mainWindowViewModel;
    private final MainWindow mainWindow;

    /**
     * @param connector opens workspaces (the demo one starts the embedded sandbox)
     * @param links opens http(s) links in the system browser
     * @param filterSlots makes the left pane of each session (the filter builder)
     */
    public AppContext(WorkspaceConnector connector, LinkOpener links, FilterSlot.Factory filterSlots) {
        this.links = links;
        this.mainWindowViewModel = new MainWindowViewModel(runner, connector, this::newSession, times);
        this.mainWindow = new MainWindow(mainWindowViewModel, filterSlots);
    }

    public MainWindowViewModel mainWindowViewModel() {
        return mainWindowViewModel;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    /** Opens the active workspace of the settings (the demo when none is configured). */
    public void start(Workspace initial) {
        mainWindowViewModel.switchTo(initial);
    }

    private WorkspaceSession newSession(WorkspaceConnector.Connection connection) {
        LeadSelection selection = new LeadSelection();
        LeadTableViewModel table = new LeadTableViewModel(connection.client(), runner, times, selection, clipboard);
        LeadCardViewModel card = new LeadCardViewModel(connection.client(), runner, times, clipboard, links, selection);
        return new WorkspaceSession(connection, selection, table, card);
    }

    /** Closes the sessions (and the demo sandbox) and stops the background threads. */
    @Override
    public void close() {
        mainWindowViewModel.close();
        runner.close();
    }
}
