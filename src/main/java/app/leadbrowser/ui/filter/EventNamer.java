package app.leadbrowser.ui.filter;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.TaskRunner;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;

/**
 * Names the event types the catalog knows only by id, so that a chip reads "Viewed pricing · last" rather than
 * "Event 5813 · last", and the property picker lists names. The API lists no event types (dashly-api.md) but a lead
 * card's events name theirs: for a type whose name is wanted ({@link PropertyCatalog#eventsToName()}) this asks for the card of a lead that has it (one the rows showed, else the first the list method
 * finds with the event) and learns every name on that card, so a few cards name most types. One request at a time,
 * each type tried once; a failure stops the naming until the catalog learns something new (the id stays shown).
 */
public final class EventNamer {
    private final PropertyCatalog catalog;
    private final DashlyClient client;
    private final TaskRunner runner;
    private final Set<String> tried = new HashSet<>();
    private boolean naming;

    /** Names what {@code catalog} holds unnamed now and whenever it learns more. Use on the FX thread. */
    public EventNamer(PropertyCatalog catalog, DashlyClient client, TaskRunner runner) {
        this.catalog = catalog;
        this.client = client;
        this.runner = runner;
        catalog.properties().addListener((InvalidationListener) changed -> nameNext());
        catalog.eventNamesWanted().addListener(changed -> nameNext());
        nameNext();
    }

    private void nameNext() {
        if (naming) {
            return;
        }
        Optional<String> next = catalog.eventsToName().stream()
                .filter(id -> !tried.contains(id))
                .sorted()
                .findFirst();
        if (next.isEmpty()) {
            return;
        }
        String eventId = next.get();
        tried.add(eventId);
        naming = true;
        Optional<String> leadWithIt = catalog.leadWithEvent(eventId);
        runner.run(
                () -> cardOfALeadWith(eventId, leadWithIt),
                card -> {
                    naming = false;
                    card.ifPresent(catalog::learnFrom); // learning starts the next one through the listener
                    nameNext();
                },
                failure -> naming = false);
    }

    // runs in the background
    private Optional<Lead> cardOfALeadWith(String eventId, Optional<String> leadWithIt) throws ApiException {
        Optional<String> leadId = leadWithIt.isPresent() ? leadWithIt : firstLeadWith(eventId);
        return leadId.isPresent() ? Optional.of(client.getLead(leadId.get()).execute()) : Optional.empty();
    }

    private Optional<String> firstLeadWith(String eventId) throws ApiException {
        Filter hasIt = Filter.and(Conditions.number("$event_" + eventId + "_count", Operator.GT, 0));
        List<LeadSummary> found = client.listLeads(
                        LeadQuery.defaults().withFilter(hasIt).withLimit(1))
                .execute()
                .leads();
        return found.stream().map(LeadSummary::id).findFirst();
    }
}
