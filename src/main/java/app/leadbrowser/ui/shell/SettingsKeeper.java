package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.AppSettings;
import app.leadbrowser.settings.SettingsStore;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.WindowState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

/**
 * Keeps the settings in step with the window: its bounds and split positions, the active workspace and each
 * workspace's view (filter, sort, page size, columns) are saved as they change and once more at exit. The store
 * coalesces the changes of about a second into one write. Use on the FX thread.
 */
final class SettingsKeeper {
    private final SettingsStore store;
    private final WorkspaceService workspaces;
    private final MainWindowViewModel vm;
    private final MainWindow window;
    private final Stage stage;
    private final Set<WorkspaceSession> tracked = new HashSet<>();

    SettingsKeeper(
            SettingsStore store, WorkspaceService workspaces, MainWindowViewModel vm, MainWindow window, Stage stage) {
        this.store = store;
        this.workspaces = workspaces;
        this.vm = vm;
        this.window = window;
        this.stage = stage;
    }

    /** Starts saving changes; call after the saved state was applied to the window. */
    void start() {
        window.addWindowStateListener(stage, changed -> saveWindow());
        vm.activeWorkspaceProperty().addListener((obs, old, active) -> saveActive(active));
        vm.sessionProperty().addListener((obs, old, session) -> track(session));
        track(vm.getSession());
    }

    /** Saves everything now and writes the file (at exit). */
    void saveAllAndClose() {
        saveWindow();
        vm.currentViewStates().forEach(this::saveView);
        store.close();
    }

    private void saveWindow() {
        if (!stage.isShowing() || stage.isIconified()) {
            return;
        }
        WindowState now = window.currentWindowState(stage);
        store.update(s ->
                new AppSettings(keepNormalBounds(s.window(), now), s.workspaces(), s.activeWorkspaceId(), s.views()));
    }

    /** A maximized window keeps the bounds it had before, so that un-maximizing after a restart restores them. */
    private static WindowState keepNormalBounds(WindowState saved, WindowState now) {
        if (!now.maximized()) {
            return now;
        }
        return new WindowState(saved.x(), saved.y(), saved.width(), saved.height(), true, now.dividers());
    }

    private void saveActive(Workspace active) {
        if (active != null
                && !active.id().equals(store.current().activeWorkspaceId())
                && workspaces.find(active.id()).isPresent()) {
            workspaces.activate(active.id());
        }
    }

    private void track(WorkspaceSession session) {
        if (session == null || !tracked.add(session)) {
            return;
        }
        LeadTableViewModel table = session.leadTable();
        String id = session.workspace().id();
        ChangeListener<Object> onChange = (obs, old, value) -> saveView(id, table.currentViewState());
        List<ObservableValue<?>> observed = List.of(
                table.filterProperty(),
                table.listing().filterGroupsProperty(),
                table.listing().sortPropProperty(),
                table.listing().sortOrderProperty(),
                table.listing().pageSizeProperty());
        observed.forEach(value -> value.addListener(onChange));
        table.columns().getColumns().addListener((ListChangeListener<Object>)
                change -> saveView(id, table.currentViewState()));
    }

    private void saveView(String workspaceId, ViewState view) {
        if (workspaces.find(workspaceId).isEmpty()) {
            return; // removed meanwhile: its view goes with it
        }
        store.update(s -> {
            Map<String, ViewState> views = new HashMap<>(s.views());
            views.put(workspaceId, view);
            return new AppSettings(s.window(), s.workspaces(), s.activeWorkspaceId(), views);
        });
    }
}
