package app.leadbrowser.ui.open;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.LatestRequest;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.UserMessages;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Open lead" box: finds a lead by its Dashly id or its User ID and opens its card, whether or not it is in the
 * table's list. Input of digits is tried as a Dashly id first, then as a User ID; anything else is a User ID (looked
 * up through the leads list, never with {@code by_user_id}, which would create a lead). Not found is said in place.
 */
public final class OpenLeadViewModel {
    private final DashlyClient client;
    private final RecentLeadsViewModel recents;
    private final Consumer<LeadSummary> opener;

    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper opened = new ReadOnlyBooleanWrapper(this, "opened");

    private final LatestRequest lookup;

    /** @param opener opens the card of a lead found (the shell selects it for the card) */
    public OpenLeadViewModel(
            DashlyClient client, TaskRunner runner, RecentLeadsViewModel recents, Consumer<LeadSummary> opener) {
        this.client = client;
        this.lookup = new LatestRequest(runner);
        this.recents = recents;
        this.opener = opener;
        input.addListener((obs, old, text) -> {
            if (!searching.get()) {
                message.set("");
            }
        });
    }

    /** Looks the typed id or User ID up in the background; opens the card when found, else says so. */
    public void open() {
        String text = LeadLookup.normalize(input.get());
        if (text.isEmpty()) {
            message.set(Texts.get("open.empty"));
            return;
        }
        searching.set(true);
        message.set(Texts.get("open.searching", text));
        lookup.run(
                () -> find(text),
                found -> {
                    searching.set(false);
                    if (found.isPresent()) {
                        message.set("");
                        openLead(found.get());
                    } else {
                        message.set(
                                Texts.get(LeadLookup.isDashlyId(text) ? "open.notFound" : "open.notFoundUserId", text));
                    }
                },
                failure -> {
                    searching.set(false);
                    message.set(Texts.get("open.failed", UserMessages.describe(failure)));
                });
    }

    /** Opens the card of a lead from the recent list. */
    public void openRecent(RecentLead lead) {
        if (lead != null) {
            openLead(RecentLeadsViewModel.summaryOf(lead));
        }
    }

    /** Opens the card of a lead found as the user typed. */
    public void openFound(LeadSummary lead) {
        if (lead != null) {
            openLead(lead);
        }
    }

    /** Stops a lookup still running (the box was closed). */
    public void cancel() {
        lookup.cancel();
        searching.set(false);
    }

    private void openLead(LeadSummary lead) {
        opener.accept(lead);
        opened.set(true);
    }

    private Optional<LeadSummary> find(String text) throws ApiException {
        Optional<ApiCall<Lead>> byId = LeadLookup.byId(client, text);
        Optional<LeadSummary> lead = byId.isEmpty() ? Optional.empty() : LeadLookup.found(byId.get());
        if (lead.isPresent()) {
            return lead;
        }
        return client.findLeadIdByUserId(text).execute().map(id -> new LeadSummary(id, null, Map.of()));
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** What the user typed: a Dashly id or a User ID. */
    public StringProperty inputProperty() {
        return input;
    }

    /** Not found, a failure, or that the lookup is running; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** Becomes true once a card was opened: the box closes. */
    public ReadOnlyBooleanProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The recent leads offered under the box. */
    public RecentLeadsViewModel recents() {
        return recents;
    }
}
