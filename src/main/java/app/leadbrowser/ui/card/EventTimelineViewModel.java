package app.leadbrowser.ui.card;

import app.leadbrowser.client.CursorPage;
import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.error.ValidationException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A lead's event history for the card's Events tab, newest first, one page at a time along the API's cursor: the
 * first page when the tab is shown for a lead, the next ones as the list is scrolled to its end ({@link
 * #loadMore}). Changing the lead cancels the load in flight and drops its result. A failed page keeps the events
 * shown and offers {@link #retry}.
 */
public final class EventTimelineViewModel {
    /** Events asked for per page (the API allows 1..50). */
    static final int PAGE_SIZE = 30;

    private static final int SUMMARY_LENGTH = 160;

    private final DashlyClient client;
    private final TaskRunner runner;
    private final TimeTexts times;

    private final ObservableList<TimelineEventViewModel> events = FXCollections.observableArrayList();
    private final ObservableList<TimelineEventViewModel> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");

    private String leadId;
    private boolean active;
    private boolean started;
    private String cursor;
    private RunningTask inFlight;
    private long generation;

    public EventTimelineViewModel(DashlyClient client, TaskRunner runner, TimeTexts times) {
        this.client = client;
        this.runner = runner;
        this.times = times;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Shows the history of the lead with this id (null: none); loads it once the tab is {@link #setActive}. */
    public void showLead(String id) {
        if (id != null && id.equals(leadId)) {
            return;
        }
        cancel();
        leadId = id;
        started = false;
        cursor = null;
        events.clear();
        hasMore.set(false);
        errorMessage.set("");
        emptyText.set("");
        startIfWanted();
    }

    /** Whether the history is on screen (its tab selected); nothing is loaded while it is not. */
    public void setActive(boolean value) {
        active = value;
        startIfWanted();
    }

    /** Loads the next (older) page, unless one is loading, the last page is shown or the last load failed. */
    public void loadMore() {
        if (started && hasMore.get() && !loading.get() && errorMessage.get().isEmpty()) {
            loadPage();
        }
    }

    /** Loads the page that failed again. */
    public void retry() {
        if (leadId != null && !loading.get() && !errorMessage.get().isEmpty()) {
            loadPage();
        }
    }

    // ---- loading -------------------------------------------------------------------------------------------

    private void startIfWanted() {
        if (active && leadId != null && !started) {
            started = true;
            loadPage();
        }
    }

    private void loadPage() {
        long current = ++generation;
        errorMessage.set("");
        emptyText.set("");
        loading.set(true);
        ApiCall<CursorPage<LeadEvent>> call;
        try {
            call = client.leadEvents(leadId, cursor, PAGE_SIZE);
        } catch (ValidationException notSent) {
            failed(notSent);
            return;
        }
        inFlight = runner.run(
                call,
                page -> {
                    if (current == generation) {
                        landed(page);
                    }
                },
                failure -> {
                    if (current == generation && !(failure instanceof CancelledException)) {
                        failed(failure);
                    }
                });
    }

    private void landed(CursorPage<LeadEvent> page) {
        inFlight = null;
        loading.set(false);
        cursor = page.nextCursor();
        hasMore.set(page.hasMore());
        events.addAll(page.items().stream().map(this::rowOf).collect(Collectors.toList()));
        emptyText.set(events.isEmpty() ? Texts.get("timeline.empty") : "");
    }

    private void failed(Throwable failure) {
        inFlight = null;
        loading.set(false);
        errorMessage.set(Texts.get("timeline.failed", UserMessages.describe(failure)));
    }

    private void cancel() {
        generation++;
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        loading.set(false);
    }

    private TimelineEventViewModel rowOf(LeadEvent event) {
        String type = event.type() == null || event.type().name() == null
                ? Texts.get("timeline.unnamed")
                : event.type().name();
        return new TimelineEventViewModel(
                event.id(),
                type,
                times.shortDateTime(event.createdAt()),
                times.relative(event.createdAt()),
                summaryOf(event.props()));
    }

    /** "product: Lamp · price: 25", cut short: the whole of each value is in the lead's raw JSON. */
    static String summaryOf(Map<String, Object> props) {
        String summary = props.entrySet().stream()
                .filter(entry -> PropValues.isKnown(entry.getValue()))
                .map(entry -> entry.getKey() + ": " + PropValues.text(entry.getValue()))
                .collect(Collectors.joining(" · "));
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The events loaded so far, newest first. */
    public ObservableList<TimelineEventViewModel> getEvents() {
        return eventsView;
    }

    /** Whether a page is on its way. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** Whether older events are left to load. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Why the last page could not be loaded; empty when it worked. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** "No events yet" once the lead's history turned out empty; empty otherwise. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }
}
