package app.leadbrowser.client.deep;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Junction;
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
    /**
     * Overlaps tried in turn when a date bound may have left a gap (the server's clock is not ours), in minutes; the
     * widest is taken without the check. A clock a day off is beyond any real skew, and a wider overlap could hold
     * more than a window of leads listed before.
     */
    private static final long[] MARGINS = {1, 10, 60, 360, 1_440};

    private final PageRequests requests;
    private final LeadQuery query;
    private final Clock clock;
    private final Comparator<LeadSummary> order;
    private final List<OutOfReach> outOfReach;
    private int margin;

    Listing(PageRequests requests, LeadQuery query, Clock clock) {
        this(requests, query, clock, new ArrayList<>());
    }

    private Listing(PageRequests requests, LeadQuery query, Clock clock, List<OutOfReach> outOfReach) {
        this.requests = requests;
        this.query = query;
        this.clock = clock;
        this.order = LeadOrder.of(query.sortProp(), query.sortOrder());
        this.outOfReach = outOfReach;
    }

    /**
     * The listing of a long tie ({@link LongTie}): the same requests, clock and reasons out of reach, sorted by
     * {@link LongTie#BY} in this listing's direction.
     */
    Listing insideTie() {
        return new Listing(requests, query.withSort(LongTie.BY, query.sortOrder()), clock, outOfReach);
    }

    /** How many leads {@code filter} matches: the list method's {@code total}, exact past 10,000; one lead asked. */
    PageRequests.Pending count(Filter filter) throws ApiException {
        return requests.submit(query(filter).withLimit(1));
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

    /** {@code filter} (an AND filter, or one condition) AND {@code more}: the window's conditions. */
    static Filter and(Filter filter, Condition... more) {
        List<Condition> conditions = new ArrayList<>(filter.conditions());
        conditions.addAll(List.of(more));
        return new Filter(Junction.AND, conditions);
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

    /**
     * {@code bound}, its margin widened until it reaches back to {@code anchor}: the first of all leads (no filter)
     * within the bound must be the anchor or one before it, which shows that the server's clock placed the bound
     * at or before the anchor's value. One request of one lead per try; the widest margin is taken unchecked.
     */
    WindowBound reachingBack(WindowBound bound, LeadSummary anchor) throws ApiException {
        WindowBound placed = bound;
        while (placed.needsWitness()) {
            List<LeadSummary> first = requests.fetch(query.withFilter(Filter.and(placed.conditionAt(now())))
                            .withLimit(1))
                    .leads();
            if (!first.isEmpty() && order.compare(first.get(0), anchor) <= 0 || !widenMargin()) {
                return placed;
            }
            placed = placed.withMargin(marginMinutes());
        }
        return placed;
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
