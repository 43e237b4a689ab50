package app.leadbrowser.ui.online;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.LatestRequest;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Online now view: the leads on the site now ({@code GET /apps/{app}/activeusers}), online before idle and most
 * recently seen first, refreshed on demand and, while the view is visible and auto-refresh is on, every
 * {@link #AUTO_REFRESH_EVERY}. A failed refresh keeps the rows, shows why, and pauses auto-refresh until Retry. The
 * selected lead's presence details (page, URL, session start) come from its User object; opening a lead shows its
 * card. Results that arrive after the user moved on are dropped.
 */
public final class OnlineNowViewModel {
    /** How often auto-refresh asks again. */
    public static final Duration AUTO_REFRESH_EVERY = Duration.ofSeconds(30);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Comparator<OnlineLeadRowViewModel> ORDER = Comparator.comparing(
                    (OnlineLeadRowViewModel row) -> row.presence() != Presence.ONLINE)
            .thenComparing(
                    row -> PropValues.instant(row.lead().prop("$last_seen")).orElse(Instant.EPOCH),
                    Comparator.reverseOrder())
            .thenComparing(OnlineLeadRowViewModel::id);

    private final DashlyClient client;
    private final TimeTexts times;
    private final Repeater repeater;
    private final LeadSelection selection;

    private final ObservableList<OnlineLeadRowViewModel> rows = FXCollections.observableArrayList();
    private final ObservableList<OnlineLeadRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty autoRefresh = new SimpleBooleanProperty(this, "autoRefresh", true);
    private final ReadOnlyBooleanWrapper autoRefreshRunning = new ReadOnlyBooleanWrapper(this, "autoRefreshRunning");
    private final ReadOnlyBooleanWrapper autoRefreshPaused = new ReadOnlyBooleanWrapper(this, "autoRefreshPaused");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<OnlineLeadRowViewModel> selected =
            new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper detailsLoading = new ReadOnlyBooleanWrapper(this, "detailsLoading");
    private final ReadOnlyStringWrapper detailsPage = new ReadOnlyStringWrapper(this, "detailsPage", "");
    private final ReadOnlyStringWrapper detailsUrl = new ReadOnlyStringWrapper(this, "detailsUrl", "");
    private final ReadOnlyStringWrapper detailsSession = new ReadOnlyStringWrapper(this, "detailsSession", "");
    private final ReadOnlyStringWrapper detailsNote = new ReadOnlyStringWrapper(this, "detailsNote", "");

    private boolean visible;
    private boolean replacingRows;
    private final LatestRequest listing;
    private final LatestRequest details;

    public OnlineNowViewModel(
            DashlyClient client, TaskRunner runner, TimeTexts times, Repeater repeater, LeadSelection selection) {
        this.client = client;
        this.listing = new LatestRequest(runner);
        this.details = new LatestRequest(runner);
        this.times = times;
        this.repeater = repeater;
        this.selection = selection;
        autoRefresh.addListener((obs, old, on) -> updateRepeater());
        detailsNote.set(Texts.get("online.details.none"));
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /**
     * The view was shown (true) or hidden, closed or minimized (false). Showing refreshes at once and starts
     * auto-refresh if it is on; hiding stops it and drops the answer of a refresh still running.
     */
    public void setVisible(boolean value) {
        if (value == visible) {
            return;
        }
        visible = value;
        if (visible) {
            refresh();
        } else {
            cancelRefresh();
            cancelDetails();
        }
        updateRepeater();
    }

    /** Asks for the leads online now at once (replacing a refresh still running); the rows stay until it answers. */
    public void refresh() {
        loading.set(true);
        listing.run(
                client.activeUsers(),
                leads -> {
                    loading.set(false);
                    show(leads);
                },
                failure -> {
                    loading.set(false);
                    failed(failure);
                });
    }

    /** After a failure: asks again and resumes auto-refresh. */
    public void retry() {
        autoRefreshPaused.set(false);
        updateRepeater();
        refresh();
    }

    /**
     * Shows the presence details of {@code row} (its page, URL and session start); null clears them, except while a
     * refresh replaces the rows (the list drops its selection then, but the lead stays selected if still there).
     */
    public void select(OnlineLeadRowViewModel row) {
        if (row == null && replacingRows) {
            return;
        }
        boolean sameLead = row != null
                && selected.get() != null
                && row.id().equals(selected.get().id());
        selected.set(row);
        if (!sameLead) {
            loadDetails(true);
        }
    }

    /** Shows the card of {@code row}'s lead in the main window. */
    public void open(OnlineLeadRowViewModel row) {
        if (row != null) {
            selection.select(row.lead());
        }
    }

    /** Stops auto-refresh and drops any answer still on its way: the view is gone for good. */
    public void close() {
        setVisible(false);
    }

    // ---- loading --------------------------------------------------------------------------------------------

    private void show(List<LeadSummary> leads) {
        errorMessage.set("");
        List<OnlineLeadRowViewModel> fresh =
                leads.stream().map(this::rowOf).sorted(ORDER).collect(Collectors.toList());
        String selectedId = selected.get() == null ? null : selected.get().id();
        replacingRows = true;
        try {
            rows.setAll(fresh);
        } finally {
            replacingRows = false;
        }
        long online =
                fresh.stream().filter(row -> row.presence() == Presence.ONLINE).count();
        summary.set(Texts.get(
                "online.summary",
                Texts.plural("online.count.online", online),
                Texts.plural("online.count.idle", fresh.size() - online),
                CLOCK.format(times.now().atZone(times.zone()))));
        OnlineLeadRowViewModel still = fresh.stream()
                .filter(row -> row.id().equals(selectedId))
                .findFirst()
                .orElse(null);
        if (still != null) {
            selected.set(still);
            loadDetails(false); // the lead may be on another page by now
        } else if (selected.get() != null) {
            select(null);
        }
    }

    private void failed(Throwable failure) {
        errorMessage.set(UserMessages.describe(failure));
        autoRefreshPaused.set(true);
        updateRepeater();
    }

    /** Asks where the selected lead is; {@code clear} empties the pane meanwhile (another lead was chosen). */
    private void loadDetails(boolean clear) {
        cancelDetails();
        OnlineLeadRowViewModel row = selected.get();
        if (clear || row == null) {
            clearDetails();
        }
        if (row == null) {
            detailsNote.set(Texts.get("online.details.none"));
            return;
        }
        detailsLoading.set(true);
        if (clear) {
            detailsNote.set(Texts.get("online.details.loading"));
        }
        details.run(
                client.getLead(row.id()),
                lead -> {
                    detailsLoading.set(false);
                    showDetails(lead);
                },
                failure -> {
                    detailsLoading.set(false);
                    detailsNote.set(Texts.get("online.details.failed", UserMessages.describe(failure)));
                });
    }

    private void showDetails(Lead lead) {
        Map<String, Object> details = lead.presenceDetails();
        if (lead.presence() != Presence.ONLINE && lead.presence() != Presence.IDLE || details.isEmpty()) {
            detailsNote.set(Texts.get("online.details.left"));
            return;
        }
        detailsNote.set("");
        detailsPage.set(PropValues.text(details.get("page")));
        detailsUrl.set(PropValues.text(details.get("url")));
        detailsSession.set(PropValues.instant(details.get("session_started"))
                .map(started ->
                        Texts.get("online.details.session", times.shortDateTime(started), times.relative(started)))
                .orElse(""));
    }

    private void clearDetails() {
        detailsLoading.set(false);
        detailsPage.set("");
        detailsUrl.set("");
        detailsSession.set("");
    }

    private OnlineLeadRowViewModel rowOf(LeadSummary lead) {
        String name = PropValues.text(lead.prop("$name"));
        String email = PropValues.text(lead.prop("$email"));
        String contact = email.isBlank() ? PropValues.text(lead.prop("$phone")) : email;
        Instant seen = PropValues.instant(lead.prop("$last_seen")).orElse(null);
        String location = Stream.of(lead.prop("$city"), lead.prop("$country"))
                .filter(PropValues::isKnown)
                .map(PropValues::text)
                .collect(Collectors.joining(", "));
        return new OnlineLeadRowViewModel(
                lead,
                name.isBlank() ? Texts.get("online.unnamed", lead.id()) : name,
                contact,
                seen == null ? "" : times.relative(seen),
                seen == null ? "" : times.exact(seen),
                location);
    }

    private void updateRepeater() {
        boolean run = visible && autoRefresh.get() && !autoRefreshPaused.get();
        if (run && !autoRefreshRunning.get()) {
            repeater.start(AUTO_REFRESH_EVERY, this::tick);
        } else if (!run && autoRefreshRunning.get()) {
            repeater.stop();
        }
        autoRefreshRunning.set(run);
    }

    /** An auto-refresh tick: skipped while a refresh is still running, so a slow server is not asked twice. */
    private void tick() {
        if (!loading.get()) {
            refresh();
        }
    }

    private void cancelRefresh() {
        listing.cancel();
        loading.set(false);
    }

    private void cancelDetails() {
        details.cancel();
        detailsLoading.set(false);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** The leads on the site now: online first, then idle, most recently seen first. */
    public ObservableList<OnlineLeadRowViewModel> getRows() {
        return rowsView;
    }

    /** Whether the list refreshes itself every {@link #AUTO_REFRESH_EVERY} while visible (the user's choice). */
    public BooleanProperty autoRefreshProperty() {
        return autoRefresh;
    }

    /** Whether the auto-refresh timer runs now: visible, chosen, and not paused by a failure. */
    public ReadOnlyBooleanProperty autoRefreshRunningProperty() {
        return autoRefreshRunning.getReadOnlyProperty();
    }

    /** True after a failed refresh until {@link #retry()}: auto-refresh does not hammer a failing server. */
    public ReadOnlyBooleanProperty autoRefreshPausedProperty() {
        return autoRefreshPaused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last refresh failed; empty when it did not. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** "12 online, 3 idle · as of 14:32:05"; empty before the first answer. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The row whose details are shown; null when none. */
    public ReadOnlyObjectProperty<OnlineLeadRowViewModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailsLoadingProperty() {
        return detailsLoading.getReadOnlyProperty();
    }

    /** The title of the page the selected lead is on, as plain text. */
    public ReadOnlyStringProperty detailsPageProperty() {
        return detailsPage.getReadOnlyProperty();
    }

    /** The URL of that page, as plain text: it is never opened from here. */
    public ReadOnlyStringProperty detailsUrlProperty() {
        return detailsUrl.getReadOnlyProperty();
    }

    /** "Session started 2024-05-01 14:03 (12 min ago)". */
    public ReadOnlyStringProperty detailsSessionProperty() {
        return detailsSession.getReadOnlyProperty();
    }

    /** What the details pane says instead of details: choose a lead, loading, left the site, or why it failed. */
    public ReadOnlyStringProperty detailsNoteProperty() {
        return detailsNote.getReadOnlyProperty();
    }
}
