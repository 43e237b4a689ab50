package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the workspaces, which one is open, connecting to it off the FX thread (the demo
 * starts its sandbox), one session per workspace kept for switching back, and the status bar's texts.
 */
public final class MainWindowViewModel implements AutoCloseable {
    public static final String APP_NAME = "Lead Browser";

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    private final TaskRunner runner;
    private final WorkspaceConnector connector;
    private final Function<WorkspaceConnector.Connection, WorkspaceSession> sessionFactory;
    private final TimeTexts times;

    private final ObservableList<Workspace> workspaces = FXCollections.observableArrayList();
    private final ObservableList<Workspace> workspacesView = FXCollections.unmodifiableObservableList(workspaces);
    private final ReadOnlyObjectWrapper<Workspace> activeWorkspace = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyObjectWrapper<WorkspaceSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private final ReadOnlyStringWrapper connectMessage = new ReadOnlyStringWrapper(this, "connectMessage", "");
    private final ReadOnlyStringWrapper connectError = new ReadOnlyStringWrapper(this, "connectError", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper statusTotal = new ReadOnlyStringWrapper(this, "statusTotal", "");
    private final ReadOnlyStringWrapper statusLoaded = new ReadOnlyStringWrapper(this, "statusLoaded", "");
    private final ReadOnlyStringWrapper statusError = new ReadOnlyStringWrapper(this, "statusError", "");

    private final Map<String, WorkspaceSession> sessions = new LinkedHashMap<>();
    private final Map<String, ViewState> savedViews = new HashMap<>();
    private final InvalidationListener statusUpdater = this::updateStatus;

    public MainWindowViewModel(
            TaskRunner runner,
            WorkspaceConnector connector,
            Function<WorkspaceConnector.Connection, WorkspaceSession> sessionFactory,
            TimeTexts times) {
        this.runner = runner;
        this.connector = connector;
        this.sessionFactory = sessionFactory;
        this.times = times;
        workspaces.add(Workspace.demo());
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** The workspaces offered by the switcher (the demo workspace is always one of them). */
    public void setWorkspaces(List<Workspace> configured) {
        workspaces.setAll(configured);
        if (workspaces.stream().noneMatch(Workspace::isDemo)) {
            workspaces.add(0, Workspace.demo());
        }
    }

    /** Views kept from the last run, by workspace id; applied when each workspace is first opened. */
    public void setSavedViewStates(Map<String, ViewState> views) {
        savedViews.putAll(views);
    }

    /**
     * Opens {@code workspace}: at once when it was open before (its page and filter as left), otherwise connects
     * in the background and then loads its first page.
     */
    public void switchTo(Workspace workspace) {
        activeWorkspace.set(workspace);
        title.set(APP_NAME + " — " + workspace.name());
        connectError.set("");
        WorkspaceSession open = sessions.get(workspace.id());
        if (open != null) {
            connecting.set(false);
            show(open);
            return;
        }
        connecting.set(true);
        connectMessage.set(
                workspace.isDemo() ? "Starting the demo workspace…" : "Connecting to " + workspace.name() + "…");
        runner.run(() -> connector.connect(workspace), this::connected, failure -> {
            if (workspace.equals(activeWorkspace.get())) {
                connecting.set(false);
                connectError.set("Could not open " + workspace.name() + ": " + UserMessages.describe(failure));
            }
        });
    }

    /** Tries again to open the workspace whose connection failed. */
    public void retryConnect() {
        if (activeWorkspace.get() != null) {
            switchTo(activeWorkspace.get());
        }
    }

    /** Reloads the page shown. */
    public void refresh() {
        if (session.get() != null) {
            session.get().leadTable().refresh();
        }
    }

    /** The view of every workspace opened in this run (and those kept from before), by workspace id. */
    public Map<String, ViewState> currentViewStates() {
        Map<String, ViewState> views = new HashMap<>(savedViews);
        sessions.forEach((id, open) -> views.put(id, open.leadTable().currentViewState()));
        return views;
    }

    /** Closes every session (and with the demo's, its sandbox). */
    @Override
    public void close() {
        for (WorkspaceSession open : sessions.values()) {
            try {
                open.connection().close();
            } catch (Exception ignored) {
                // closing on exit: nothing left to tell the user
            }
        }
        sessions.clear();
    }

    private void connected(WorkspaceConnector.Connection connection) {
        WorkspaceSession created = sessionFactory.apply(connection);
        String id = connection.workspace().id();
        sessions.put(id, created);
        ViewState saved = savedViews.get(id);
        if (saved != null) {
            created.leadTable().applyViewState(saved);
        } else {
            created.leadTable().refresh();
        }
        if (activeWorkspace.get() != null && activeWorkspace.get().id().equals(id)) {
            connecting.set(false);
            show(created);
        }
    }

    private void show(WorkspaceSession next) {
        WorkspaceSession previous = session.get();
        if (previous != null) {
            observed(previous.leadTable()).forEach(value -> value.removeListener(statusUpdater));
        }
        session.set(next);
        observed(next.leadTable()).forEach(value -> value.addListener(statusUpdater));
        updateStatus(null);
    }

    private static List<Observable> observed(LeadTableViewModel table) {
        return List.of(
                table.totalProperty(),
                table.lastLoadedAtProperty(),
                table.errorMessageProperty(),
                table.loadingProperty());
    }

    private void updateStatus(Observable ignored) {
        LeadTableViewModel table = session.get().leadTable();
        boolean loadedOnce = table.lastLoadedAtProperty().get() != null;
        long total = table.getTotal();
        statusTotal.set(loadedOnce ? COUNT.format(total) + (total == 1 ? " lead" : " leads") : "");
        statusLoaded.set(
                table.isLoading()
                        ? "Loading…"
                        : loadedOnce
                                ? "Loaded at "
                                        + CLOCK.format(table.lastLoadedAtProperty()
                                                .get()
                                                .atZone(times.zone()))
                                        + " in "
                                        + table.lastLoadDurationProperty().get().toMillis() + " ms"
                                : "");
        statusError.set(table.getErrorMessage());
    }

    // ---- properties ------------------------------------------------------------------------------------------

    public ObservableList<Workspace> getWorkspaces() {
        return workspacesView;
    }

    public ReadOnlyObjectProperty<Workspace> activeWorkspaceProperty() {
        return activeWorkspace.getReadOnlyProperty();
    }

    /** The session shown; null until the first workspace is connected. */
    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public WorkspaceSession getSession() {
        return session.get();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectMessageProperty() {
        return connectMessage.getReadOnlyProperty();
    }

    /** Why the workspace could not be opened; empty otherwise. */
    public ReadOnlyStringProperty connectErrorProperty() {
        return connectError.getReadOnlyProperty();
    }

    /** "Lead Browser — Demo workspace". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTotalProperty() {
        return statusTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusLoadedProperty() {
        return statusLoaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusErrorProperty() {
        return statusError.getReadOnlyProperty();
    }
}
