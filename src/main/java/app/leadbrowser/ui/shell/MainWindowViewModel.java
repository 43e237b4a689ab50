package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.ViewState;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.common.WorkspaceNames;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper backTo = new ReadOnlyStringWrapper(this, "backTo", "");
    private final ReadOnlyBooleanWrapper canEditFailed = new ReadOnlyBooleanWrapper(this, "canEditFailed");

    private final Map<String, WorkspaceSession> sessions = new LinkedHashMap<>();
    private final Map<String, ViewState> savedViews = new HashMap<>();
    private final InvalidationListener statusUpdater = this::updateStatus;
    /** The connection being made per workspace id; a result whose attempt is no longer here is dropped. */
    private final Map<String, Long> attempts = new HashMap<>();

    /** The workspace whose rows were shown last; the failure screen offers to go back to it. */
    private Workspace lastShown;

    private long lastAttempt;
    private boolean closed;

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

    /** Says the window is getting ready (the settings are being read) until a workspace is opened. */
    public void beginStartup() {
        connecting.set(true);
        connectMessage.set(Texts.get("shell.starting"));
    }

    /** A message for the user that stays in the status bar, e.g. that the settings could not be read. */
    public void showNotice(String message) {
        notice.set(message);
    }

    /**
     * Opens {@code workspace}: at once when it was open before (its page and filter as left), otherwise connects
     * in the background and then loads its first page.
     */
    public void switchTo(Workspace workspace) {
        activeWorkspace.set(workspace);
        title.set(Texts.get("shell.title", APP_NAME, WorkspaceNames.of(workspace)));
        failed("");
        WorkspaceSession open = sessions.get(workspace.id());
        if (open != null) {
            connecting.set(false);
            show(open);
            return;
        }
        show(null); // never another workspace's rows and count while this one opens or fails
        if (attempts.containsKey(workspace.id())) {
            connecting.set(true); // already connecting: its result will be shown
            return;
        }
        connect(workspace);
    }

    /**
     * Opens {@code workspace} afresh (its address or token changed): the old connection is closed, the filter,
     * sort, page size and columns are kept.
     */
    public void reconnect(Workspace workspace) {
        WorkspaceSession old = sessions.remove(workspace.id());
        if (old != null) {
            savedViews.put(workspace.id(), old.leadTable().currentViewState());
            closeInBackground(old.connection());
        }
        attempts.remove(workspace.id());
        if (workspace.id().equals(activeId())) {
            switchTo(workspace);
        }
    }

    /** Forgets a removed workspace: closes its session; the demo workspace opens if it was the one shown. */
    public void forget(String workspaceId) {
        WorkspaceSession old = sessions.remove(workspaceId);
        if (old != null) {
            closeInBackground(old.connection());
        }
        attempts.remove(workspaceId);
        savedViews.remove(workspaceId);
        if (workspaceId.equals(activeId())) {
            switchTo(Workspace.demo());
        }
    }

    /** Whether {@code candidate} is still one of the open sessions (a reconnected workspace's old one is not). */
    public boolean isOpen(WorkspaceSession candidate) {
        return sessions.containsValue(candidate);
    }

    /** The failure screen's way out: opens the workspace shown before (the demo when there was none). */
    public void goBack() {
        backTarget().ifPresent(this::switchTo);
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

    /** Closes every session (and with the demo's, its sandbox); a connection still being made is closed too. */
    @Override
    public void close() {
        closed = true;
        sessions.values().forEach(open -> closeQuietly(open.connection()));
        sessions.clear();
    }

    private void connect(Workspace workspace) {
        long attempt = ++lastAttempt;
        attempts.put(workspace.id(), attempt);
        connecting.set(true);
        connectMessage.set(
                workspace.isDemo()
                        ? Texts.get("shell.startingDemo")
                        : Texts.get("shell.connecting", WorkspaceNames.of(workspace)));
        runner.run(() -> connector.connect(workspace), connection -> connected(connection, attempt), failure -> {
            if (!isCurrent(workspace.id(), attempt)) {
                return;
            }
            attempts.remove(workspace.id());
            if (workspace.id().equals(activeId())) {
                connecting.set(false);
                failed(Texts.get("shell.openFailed", WorkspaceNames.of(workspace), describe(failure)));
            }
        });
    }

    private boolean isCurrent(String workspaceId, long attempt) {
        return !closed && Long.valueOf(attempt).equals(attempts.get(workspaceId));
    }

    private void connected(WorkspaceConnector.Connection connection, long attempt) {
        String id = connection.workspace().id();
        if (!isCurrent(id, attempt)) {
            closeInBackground(connection); // the workspace was edited, removed or the window closed meanwhile
            return;
        }
        attempts.remove(id);
        WorkspaceSession created = sessionFactory.apply(connection);
        sessions.put(id, created);
        ViewState saved = savedViews.get(id);
        if (saved != null) {
            created.leadTable().applyViewState(saved);
        } else {
            created.leadTable().refresh();
        }
        if (id.equals(activeId())) {
            connecting.set(false);
            show(created);
        }
    }

    private String activeId() {
        return activeWorkspace.get() == null ? null : activeWorkspace.get().id();
    }

    private static String describe(Throwable failure) {
        return failure instanceof WorkspaceUnavailableException ? failure.getMessage() : UserMessages.describe(failure);
    }

    private void closeInBackground(WorkspaceConnector.Connection connection) {
        if (closed) {
            closeQuietly(connection); // the runner is stopping with the window
            return;
        }
        runner.run(
                () -> {
                    closeQuietly(connection);
                    return null;
                },
                done -> {},
                failure -> {});
    }

    private static void closeQuietly(WorkspaceConnector.Connection connection) {
        try {
            connection.close();
        } catch (Exception ignored) {
            // a connection being dropped: nothing left to tell the user
        }
    }

    /** Shows {@code next}'s rows and status, or none (null) while a workspace opens or after it failed. */
    private void show(WorkspaceSession next) {
        WorkspaceSession previous = session.get();
        if (previous != null) {
            observed(previous.leadTable()).forEach(value -> value.removeListener(statusUpdater));
            lastShown = previous.workspace();
        }
        session.set(next);
        if (next != null) {
            observed(next.leadTable()).forEach(value -> value.addListener(statusUpdater));
        }
        updateStatus(null);
    }

    /** The failure screen says {@code error} (empty: no failure) with its ways out. */
    private void failed(String error) {
        connectError.set(error);
        boolean failing = !error.isEmpty();
        canEditFailed.set(failing && !activeWorkspace.get().isDemo());
        backTo.set(
                failing
                        ? backTarget()
                                .map(target -> Texts.get("shell.backTo", WorkspaceNames.of(target)))
                                .orElse("")
                        : "");
    }

    /** The workspace shown before the active one, if still offered; else the demo, unless the demo failed. */
    private Optional<Workspace> backTarget() {
        String active = activeId();
        if (lastShown != null && !lastShown.id().equals(active) && workspaces.contains(lastShown)) {
            return Optional.of(lastShown);
        }
        return Workspace.DEMO_ID.equals(active) ? Optional.empty() : Optional.of(Workspace.demo());
    }

    private static List<Observable> observed(LeadTableViewModel table) {
        return List.of(
                table.totalProperty(),
                table.listing().lastLoadedAtProperty(),
                table.listing().errorMessageProperty(),
                table.listing().loadingProperty());
    }

    private void updateStatus(Observable ignored) {
        if (session.get() == null) {
            statusTotal.set("");
            statusLoaded.set("");
            statusError.set("");
            return;
        }
        LeadTableViewModel table = session.get().leadTable();
        boolean loadedOnce = table.listing().lastLoadedAtProperty().get() != null;
        long total = table.getTotal();
        String leads = Texts.plural("common.leads", total);
        statusTotal.set(loadedOnce ? leads : "");
        statusLoaded.set(
                table.listing().isLoading()
                        ? Texts.get("shell.status.loading")
                        : loadedOnce
                                ? Texts.get(
                                        "shell.status.loaded",
                                        times.clock(table.listing()
                                                .lastLoadedAtProperty()
                                                .get()),
                                        Texts.number(table.listing()
                                                .lastLoadDurationProperty()
                                                .get()
                                                .toMillis()))
                                : "");
        statusError.set(table.listing().errorMessageProperty().get());
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

    /** "Back to Demo workspace" on the failure screen: the workspace shown before; empty when there is none. */
    public ReadOnlyStringProperty backToProperty() {
        return backTo.getReadOnlyProperty();
    }

    /** True on the failure screen of a real workspace: its address or token may be what is wrong. */
    public ReadOnlyBooleanProperty canEditFailedProperty() {
        return canEditFailed.getReadOnlyProperty();
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

    /** A lasting message for the status bar (e.g. the settings file could not be read); empty for none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
