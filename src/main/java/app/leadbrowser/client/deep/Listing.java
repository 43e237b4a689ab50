package app.leadbrowser.client.deep;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.merge.LeadOrder;
import app.leadbrowser.client.model.LeadSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the windows of one deep listing share: the requests, the query's sort, the clock that places relative
 * bounds, the date margin learnt so far, and the reasons leads were out of reach.
 */
final class Listing {
    /** Overlaps tried in turn when a date bound left a gap (the server's clock is not ours), in minutes. */
    private static final long[] MARGINS = {1, 10, 60, 360, 1_440, 10_080, 43_200, 527_040};

    private final PageRequests requests;
    private final LeadQuery query;
    private final Clock clock;
    private final Comparator<LeadSummary> order;
    private final List<OutOfReach> outOfReach = new ArrayList<>();
    private int margin;

    Listing(PageRequests requests, LeadQuery query, Clock clock) {
        this.requests = requests;
        this.query = query;
        this.clock = clock;
        this.order = LeadOrder.of(query.sortProp(), query.sortOrder());
    }

    PageRequests requests() {
        return requests;
    }

    Instant now() {
        return clock.instant();
    }

    Comparator<LeadSummary> order() {
        return order;
    }

    /** The index of the first of {@code leads} that comes after {@code anchor} in the list's order. */
    int firstAfter(List<LeadSummary> leads, LeadSummary anchor) {
        for (int i = 0; i < leads.size(); i++) {
            if (order.compare(leads.get(i), anchor) > 0) {
                return i;
            }
        }
        return leads.size();
    }

    String sortProp() {
        return query.sortProp();
    }

    SortOrder sortOrder() {
        return query.sortOrder();
    }

    /** The listing's query (sort, typed props) for {@code filter}. */
    LeadQuery query(Filter filter) {
        return query.withFilter(filter);
    }

    long marginMinutes() {
        return MARGINS[margin];
    }

    /** Widens the date margin for this and later windows; false when the widest was tried. */
    boolean widenMargin() {
        if (margin + 1 >= MARGINS.length) {
            return false;
        }
        margin++;
        return true;
    }

    void outOfReach(OutOfReach reason) {
        outOfReach.add(reason);
    }

    List<OutOfReach> outOfReach() {
        return List.copyOf(outOfReach);
    }
}
