package app.leadbrowser.ui.open;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.Debouncer;
import app.leadbrowser.ui.common.LatestRequest;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.UserMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finds leads of the workspace as the user types: name, email or phone containing the text (one OR group, as the
 * API's filter is flat), a User ID equal to it, and, for digits, the lead with that Dashly id (looked up directly:
 * the list cannot filter by id). Typing is debounced; each search cancels the one before, and an answer to any but
 * the newest search is dropped, so the list always belongs to the text last typed.
 */
public final class LeadFinder {
    /** Shorter text would match most of the workspace. */
    public static final int MIN_LENGTH = 2;
    /** How many leads a search shows: enough to pick from, few enough to read. */
    public static final int LIMIT = 8;

    private final Supplier<DashlyClient> client;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final ObservableList<LeadSummary> found = FXCollections.observableArrayList();
    private final ObservableList<LeadSummary> foundView = FXCollections.unmodifiableObservableList(found);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");

    private final LatestRequest request;

    /** @param client the client of the workspace shown when a search starts (null: none is shown) */
    public LeadFinder(Supplier<DashlyClient> client, TaskRunner runner, Debouncer debouncer) {
        this.client = client;
        this.runner = runner;
        this.debouncer = debouncer;
        this.request = new LatestRequest(runner);
    }

    /** The text changed: searches for it once typing pauses; text too short clears the list at once. */
    public void search(String text) {
        String wanted = LeadLookup.normalize(text);
        cancel();
        found.clear();
        message.set("");
        active.set(wanted.length() >= MIN_LENGTH);
        if (active.get()) {
            searching.set(true);
            debouncer.submit(() -> send(wanted));
        }
    }

    /** Stops the search waiting or running; its answer is dropped. */
    public void cancel() {
        debouncer.cancel();
        request.cancel();
        searching.set(false);
    }

    /** The filter a search sends: name, email or phone contains the text, or the User ID is the text. */
    public static Filter filterFor(String text) {
        return Filter.or(
                Conditions.text("$name", Operator.STR_CONTAINS, text),
                Conditions.text("$email", Operator.STR_CONTAINS, text),
                Conditions.text("$phone", Operator.STR_CONTAINS, text),
                Conditions.text("$user_id", Operator.STR_EQ, text));
    }

    private void send(String text) {
        DashlyClient current = client.get();
        if (current == null) {
            searching.set(false);
            return;
        }
        Optional<ApiCall<Lead>> byId = LeadLookup.byId(current, text);
        ApiCall<List<LeadSummary>> byText;
        try {
            byText = current.listLeads(
                            LeadQuery.defaults().withFilter(filterFor(text)).withLimit(LIMIT))
                    .map(page -> page.leads());
        } catch (ApiException e) {
            throw new IllegalStateException("the search query breaks the API's rules", e); // a fixed, valid query
        }
        request.run(
                (LatestRequest.Start<List<LeadSummary>>) (onSuccess, onFailure) -> {
                    RunningTask task = runner.run(
                            () -> merge(
                                    text,
                                    byId.isEmpty() ? Optional.empty() : LeadLookup.found(byId.get()),
                                    byText.execute()),
                            onSuccess,
                            onFailure);
                    return () -> {
                        byText.cancel();
                        byId.ifPresent(ApiCall::cancel);
                        task.cancel();
                    };
                },
                leads -> {
                    found.setAll(leads);
                    message.set(leads.isEmpty() ? Texts.get("open.find.none", text) : "");
                    searching.set(false); // last: whoever waits for the answer finds the leads in place
                },
                failure -> {
                    message.set(Texts.get("open.find.failed", UserMessages.describe(failure)));
                    searching.set(false);
                });
    }

    /**
     * The lead with the id first, then those whose User ID, email or phone is the text, then the others (latest seen
     * first), each once: Enter opens the first, which must be the one meant when the text names one lead exactly.
     */
    private static List<LeadSummary> merge(String text, Optional<LeadSummary> byId, List<LeadSummary> byText) {
        List<LeadSummary> leads = new ArrayList<>(byText.size() + 1);
        byId.ifPresent(leads::add);
        byText.stream()
                .filter(lead -> byId.map(one -> !one.id().equals(lead.id())).orElse(true))
                .sorted(Comparator.comparing((LeadSummary lead) -> !isExactly(lead, text)))
                .limit(LIMIT - leads.size())
                .forEach(leads::add);
        return leads;
    }

    private static boolean isExactly(LeadSummary lead, String text) {
        return Stream.of("$user_id", "$email", "$phone")
                .anyMatch(prop -> PropValues.text(lead.prop(prop)).strip().equalsIgnoreCase(text));
    }

    /** How a found lead is named in a list: its name, or "Lead 123" when it has none. */
    public static String title(LeadSummary lead) {
        String name = PropValues.text(lead.prop("$name")).strip();
        return name.isEmpty() ? Texts.get("open.recent.unnamed", lead.id()) : name;
    }

    /** What tells two leads of the same name apart: email and phone, e.g. "anna@x.io  ·  +49 151 2345". */
    public static String detail(LeadSummary lead) {
        return Stream.of("$email", "$phone")
                .map(prop -> PropValues.text(lead.prop(prop)).strip())
                .filter(value -> !value.isEmpty())
                .collect(Collectors.joining("  ·  "));
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The leads found for the newest text, best first (the one whose id is the text, then the latest seen). */
    public ObservableList<LeadSummary> getFound() {
        return foundView;
    }

    /** True from the moment the text changes until its answer is in place (leads and message set first). */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** Whether the text is long enough to be searched for: the found leads, not the recent ones, are what counts. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** "No lead matches …" or why the search failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }
}
