package app.leadbrowser.client.deep;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where each window of a deep listing starts, found without reading the windows through, so that the table can
 * jump to any page: for each window, its first page (how many of its leads were listed before: the overlap) and its
 * last reachable page (its total, and the lead at its 10,000th place that the next window continues from), sent
 * together. A page deep in the list costs one round trip per window before it, once: the windows are remembered.
 *
 * <p>Maps one flat filter whose windows are plain offsets: an OR filter that has to be distributed, or a last window
 * of missing values that has to be split, is not mapped ({@link #page} answers null past that point and the caller
 * reads the listing through).
 */
final class WindowMap {
    private static final int LIMIT = WindowReader.LIMIT;
    private static final int LAST_OFFSET = WindowReader.LAST_OFFSET;

    private final Listing listing;
    private final Filter filter;
    private final List<Window> windows = new ArrayList<>();
    private boolean unmappable;
    private boolean ended;

    /**
     * One window: where its new leads start in the whole listing, and what its pages showed.
     *
     * @param ahead the page read with the window's first when it was mapped for a page in it, from its place
     *     {@code aheadFrom}; null when none was
     */
    private record Window(
            Function<Instant, Filter> filterAt,
            WindowBound bound,
            boolean missing,
            long start,
            int overlap,
            long total,
            LeadSummary last,
            int aheadFrom,
            List<LeadSummary> ahead) {

        boolean complete() {
            return total <= LeadQuery.MAX_WINDOW;
        }

        /** Whether {@link #ahead} holds the window's places {@code place}.. (at most {@code want}) */
        boolean aheadHolds(int place, int want) {
            return ahead != null
                    && aheadFrom <= place
                    && (place + want <= aheadFrom + ahead.size() || ahead.size() < LIMIT);
        }

        /** Leads of this window not listed before it. */
        long fresh() {
            return Math.max(0, Math.min(total, LeadQuery.MAX_WINDOW) - overlap);
        }
    }

    WindowMap(Listing listing, Filter filter) {
        this.listing = listing;
        this.filter = filter;
    }

    private long firstTotal = -1;

    /** The filter's total (exact), once a page was read; -1 before. */
    long total() {
        return firstTotal;
    }

    /** Leads past the last one reachable, once a page reached the end of the listing; 0 before. */
    long outOfReach() {
        if (!ended || listing.outOfReach().isEmpty()) {
            return 0;
        }
        Window last = windows.get(windows.size() - 1);
        return Math.max(0, firstTotal - (last.start() + last.fresh()));
    }

    /**
     * The leads at {@code offset}.. of the listing, at most {@code limit}; null when they lie where windows cannot be
     * mapped.
     */
    List<LeadSummary> page(long offset, int limit) throws ApiException {
        if (windows.isEmpty() && offset + limit <= LeadQuery.MAX_WINDOW) { // the first window: no map needed
            LeadPage page = listing.requests()
                    .fetch(listing.query(filter).withOffset((int) offset).withLimit(limit));
            firstTotal = page.total();
            return page.leads();
        }
        if (windows.isEmpty()) {
            LeadPage last = fetch(now -> filter, LeadQuery.MAX_WINDOW - LIMIT);
            firstTotal = last.total();
            windows.add(new Window(now -> filter, null, false, 0, 0, last.total(), lastLead(last), 0, null));
        }
        List<LeadSummary> leads = new ArrayList<>(limit);
        for (int i = 0; leads.size() < limit; i++) {
            if (i == windows.size() && !open(offset + leads.size())) {
                ended = !unmappable;
                return unmappable ? null : leads;
            }
            Window window = windows.get(i);
            long at = offset + leads.size() - window.start();
            if (at < 0 || at >= window.fresh()) {
                continue;
            }
            int place = (int) (window.overlap() + at);
            int want = (int) Math.min(limit - leads.size(), window.fresh() - at);
            int from = window.aheadHolds(place, want) ? window.aheadFrom() : Math.min(place, LAST_OFFSET);
            List<LeadSummary> read = window.aheadHolds(place, want)
                    ? window.ahead()
                    : fetch(window.filterAt(), from).leads();
            int skip = place - from;
            leads.addAll(read.subList(Math.min(skip, read.size()), Math.min(skip + want, read.size())));
            if (read.size() < skip + want) {
                return leads; // the window has fewer leads than its total said: the list moved; the end for now
            }
        }
        return leads;
    }

    /**
     * Maps the window after the last one mapped, for the page at {@code wanted} of the whole listing; false at the end
     * of the listing or where mapping stops.
     */
    private boolean open(long wanted) throws ApiException {
        Window previous = windows.get(windows.size() - 1);
        long start = previous.start() + previous.fresh();
        if (previous.complete()) {
            if (previous.bound() == null || previous.missing()) {
                return false;
            }
            return openMissing(null, start, wanted);
        }
        if (filter.junction() == Junction.OR && filter.conditions().size() > 1) {
            unmappable = true;
            return false;
        }
        LeadSummary last = previous.last();
        SortValue value = SortValue.of(last, listing.sortProp());
        if (value instanceof SortValue.Missing) {
            return openMissing(last, start, wanted);
        }
        if (value instanceof SortValue.Other other) {
            listing.outOfReach(new OutOfReach(OutOfReach.Reason.TEXT_SORT, listing.sortProp(), other.text()));
            return false;
        }
        WindowBound bound = WindowBound.after(listing, value, previous.bound());
        if (bound.strict()) {
            listing.outOfReach(new OutOfReach(
                    OutOfReach.Reason.TIES, listing.sortProp(), PropValues.text(last.prop(listing.sortProp()))));
        }
        while (true) {
            WindowBound tried = bound;
            Window window = map(now -> Listing.and(filter, tried.conditionAt(now)), tried, false, last, start, wanted);
            if (window == null) {
                return false;
            }
            WindowBound placed = window.overlap() > 0 ? tried : listing.reachingBack(tried, last);
            if (placed == tried) {
                windows.add(window);
                return true;
            }
            bound = placed; // the bound did not reach back to the last lead: map the window again
        }
    }

    private boolean openMissing(LeadSummary anchor, long start, long wanted) throws ApiException {
        Condition missing = Conditions.unknown(listing.sortProp());
        Window window = map(now -> Listing.and(filter, missing), null, true, anchor, start, wanted);
        if (window == null) {
            return false;
        }
        if (!window.complete()) {
            unmappable = true; // more than a window of missing values: split and merged by the listing itself
            return false;
        }
        windows.add(window);
        return true;
    }

    /**
     * A window's first and last reachable pages, sent together. A window that should hold the rest of the listing
     * (by the filter's total) has no window after it, so its last page is not needed: the page asked for
     * ({@code wanted}, as if no lead of it was listed before) is sent in its place, and the jump to it costs no
     * further round trip. When more than a page of the window was listed before (many leads share the value it
     * starts from), where its new leads begin is found by halving, a lead at a time.
     */
    private Window map(
            Function<Instant, Filter> filterAt,
            WindowBound bound,
            boolean missing,
            LeadSummary anchor,
            long start,
            long wanted)
            throws ApiException {
        int lastOffset = LAST_OFFSET;
        boolean lastWindow = firstTotal - start <= LAST_OFFSET && wanted >= start;
        int aheadFrom = lastWindow ? (int) Math.min(wanted - start, lastOffset) : lastOffset;
        PageRequests.Pending first = listing.requests().submit(query(filterAt, 0));
        PageRequests.Pending second = listing.requests().submit(query(filterAt, aheadFrom));
        LeadPage head = first.await();
        LeadPage ahead = second.await();
        int overlap = anchor == null ? 0 : listing.firstAfter(head.leads(), anchor);
        boolean tailNeeded = head.total() > LeadQuery.MAX_WINDOW || overlap == LIMIT;
        LeadPage tail = aheadFrom == lastOffset ? ahead : tailNeeded ? fetch(filterAt, lastOffset) : null;
        if (overlap == LIMIT) {
            int inTail = listing.firstAfter(tail.leads(), anchor);
            if (inTail > 0) {
                overlap = lastOffset + inTail;
            } else {
                int high = tail.leads().isEmpty() ? (int) Math.min(head.total(), lastOffset) : lastOffset;
                overlap = firstAfterByHalving(filterAt, anchor, LIMIT - 1, high);
            }
        }
        return new Window(
                filterAt,
                bound,
                missing,
                start,
                overlap,
                head.total(),
                tail == null ? null : lastLead(tail),
                aheadFrom,
                ahead.leads());
    }

    /**
     * The first place in {@code (low, high]} whose lead comes after the anchor (or that is past the window's end);
     * the lead at {@code low} does not, the place {@code high} does.
     */
    private int firstAfterByHalving(Function<Instant, Filter> filterAt, LeadSummary anchor, int low, int high)
            throws ApiException {
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            List<LeadSummary> at = listing.requests()
                    .fetch(query(filterAt, middle).withLimit(1))
                    .leads();
            if (at.isEmpty() || listing.order().compare(at.get(0), anchor) > 0) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private LeadPage fetch(Function<Instant, Filter> filterAt, int offset) throws ApiException {
        return listing.requests().fetch(query(filterAt, offset));
    }

    private LeadQuery query(Function<Instant, Filter> filterAt, int offset) {
        return listing.query(filterAt.apply(listing.now())).withOffset(offset).withLimit(LIMIT);
    }

    /** The lead at the window's 10,000th place, or null when the window is shorter. */
    private static LeadSummary lastLead(LeadPage page) {
        return page.leads().size() == LIMIT ? page.leads().get(LIMIT - 1) : null;
    }
}
