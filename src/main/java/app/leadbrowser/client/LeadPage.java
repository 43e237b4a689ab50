package app.leadbrowser.client;

import app.leadbrowser.client.model.LeadSummary;
import java.util.List;

/** One page of the leads list: the total of all matches and the leads of this page, for the query that asked. */
public record LeadPage(long total, List<LeadSummary> leads, LeadQuery query) {

    public LeadPage {
        leads = List.copyOf(leads);
    }

    /** A page with fewer leads than asked for ends the list (the docs say not to trust {@code total} for that). */
    public boolean isLast() {
        return leads.size() < query.limit() || query.offset() + query.limit() >= LeadQuery.MAX_WINDOW;
    }
}
