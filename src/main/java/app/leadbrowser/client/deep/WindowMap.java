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
 * <p>Under a number sort the window after one that filled starts with the leads of the last place's number, some of
 * them listed before: how many is counted (the window before's leads ahead of that number) together with the window's
 * last page, so it costs no round trip of its own. When that last page shows the number still, the number is a long
 * tie ({@link LongTie}): the window before is cut at the tie's first lead, the tie is mapped as a listing of its own
 * (by {@link LongTie#BY}), and the window after it continues strictly past the number, as the stream does.
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
    /** The sort value at the first window's last place, under a number sort of more than a window; null until asked. */
    private SortValue firstEnd;
    /** Whether {@link #firstEnd} is a long tie; null until a page of the first window held it. */
    private Boolean firstEndsInTie;

    /**
     * One window: where its new leads start in the whole listing, and what its pages showed.
     *
     * @param ahead the page read with the window's first when it was mapped for a page in it, from its place
     *     {@code aheadFrom}; null when none was
     * @param end the place where the window's leads end: its cap, or the first lead of a long tie
     * @param tie a long tie's own map, whose bound is the one past it; null for a window of the list
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
            List<LeadSummary> ahead,
            long end,
            WindowMap tie) {

        Window(
                Function<Instant, Filter> filterAt,
                WindowBound bound,
                boolean missing,
                long start,
                int overlap,
                long total,
                LeadSummary last,
                int aheadFrom,
                List<LeadSummary> ahead) {
            this(
                    filterAt,
                    bound,
                    missing,
                    start,
                    overlap,
                    total,
                    last,
                    aheadFrom,
                    ahead,
                    Math.min(total, LeadQuery.MAX_WINDOW),
                    null);
        }

        static Window ofTie(WindowMap tie, WindowBound past, long start, long total) {
            return new Window(null, past, false, start, 0, total, null, 0, null, total, tie);
        }

        Window endingAt(long place) {
            return new Window(filterAt, bound, missing, start, overlap, total, last, aheadFrom, ahead, place, tie);
        }

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
            return Math.max(0, end - overlap);
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
            if (isPlain(page)) {
                return page.leads();
            }
        }
        if (windows.isEmpty()) {
            mapFirst();
            if (Boolean.TRUE.equals(firstEndsInTie)) {
                open(offset); // cuts the first window at its long tie before any of its leads are given
            }
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
            int want = (int) Math.min(limit - leads.size(), window.fresh() - at);
            if (window.tie() != null) {
                List<LeadSummary> inside = window.tie().page(at, want);
                if (inside == null) {
                    return null; // the tie's own windows cannot be mapped: read through
                }
                leads.addAll(inside);
                if (inside.size() < want) {
                    return leads;
                }
                continue;
            }
            int place = (int) (window.overlap() + at);
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

    /** Maps the first window from its last page (the lead the next window continues from); gives the total. */
    private long mapFirst() throws ApiException {
        LeadPage last = fetch(now -> filter, LeadQuery.MAX_WINDOW - LIMIT);
        firstTotal = last.total();
        windows.add(new Window(now -> filter, null, false, 0, 0, last.total(), lastLead(last), 0, null));
        return firstTotal;
    }

    /**
     * Maps the window after the last one mapped, for the page at {@code wanted} of the whole listing; false at the end
     * of the listing or where mapping stops.
     */
    private boolean open(long wanted) throws ApiException {
        Window previous = windows.get(windows.size() - 1);
        long start = previous.start() + previous.fresh();
        if (previous.tie() != null) {
            Window past = map(
                    now -> Listing.and(filter, previous.bound().conditionAt(now)),
                    previous.bound(),
                    false,
                    null,
                    start,
                    wanted);
            windows.add(past);
            return true;
        }
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
        } else if (value instanceof SortValue.Number number) {
            return openAfterNumber(previous, number, bound, start, wanted);
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

    /**
     * The window from the number at the last place of {@code previous}: the leads of that number it listed are counted
     * (its leads before the number), with the window's last page in the same round trip. A last page that still holds
     * the number shows a long tie: {@code previous} ends before it, and the tie comes next as a listing of its own.
     */
    private boolean openAfterNumber(
            Window previous, SortValue.Number number, WindowBound bound, long start, long wanted) throws ApiException {
        Function<Instant, Filter> filterAt = now -> Listing.and(filter, bound.conditionAt(now));
        WindowBound past = WindowBound.past(listing, number);
        int aheadFrom = aheadFrom(start, wanted);
        Instant now = listing.now();
        PageRequests.Pending counted =
                listing.count(Listing.and(previous.filterAt().apply(now), LongTie.ahead(listing, number.value())));
        PageRequests.Pending aheadPage = listing.requests().submit(query(filterAt, aheadFrom));
        long before = counted.await().total();
        LeadPage ahead = aheadPage.await();
        LeadPage tail = aheadFrom == LAST_OFFSET
                ? ahead
                : ahead.total() > LeadQuery.MAX_WINDOW ? fetch(filterAt, LAST_OFFSET) : null;
        LeadSummary last = tail == null ? null : lastLead(tail);
        if (last != null && LongTie.holds(listing, last, number.value())) {
            Window cut = previous.endingAt(Math.max(previous.overlap(), before));
            windows.set(windows.size() - 1, cut);
            Filter tie = LongTie.of(listing, filter, number.value());
            WindowMap inside = new WindowMap(listing.insideTie(), tie);
            long shared = inside.mapFirst(); // its total, and the lead a page past its first window continues from
            windows.add(Window.ofTie(inside, past, cut.start() + cut.fresh(), shared));
            return true;
        }
        int overlap = (int) Math.max(0, previous.end() - before);
        windows.add(new Window(filterAt, bound, false, start, overlap, ahead.total(), last, aheadFrom, ahead.leads()));
        return true;
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
        int aheadFrom = aheadFrom(start, wanted);
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

    /**
     * Where a window's page read with its first is taken: its last page, except in a window that should hold the rest
     * of the listing (by the filter's total), where the page asked for ({@code wanted}, as if no lead of it was listed
     * before) is read in its place.
     */
    private int aheadFrom(long start, long wanted) {
        boolean lastWindow = firstTotal - start <= LAST_OFFSET && wanted >= start;
        return lastWindow ? (int) Math.min(wanted - start, LAST_OFFSET) : LAST_OFFSET;
    }

    /**
     * Whether a page of the first window, read as it is, is where the listing puts it: under a number sort of more
     * than a window, not when it holds leads of a long tie at the window's end (they come by {@link LongTie#BY}). Asks
     * once per listing for the lead at the window's last place, and, for a page that holds its number, whether that
     * number is a long tie.
     */
    private boolean isPlain(LeadPage page) throws ApiException {
        if (page.total() <= LeadQuery.MAX_WINDOW
                || page.leads().isEmpty()
                || !(SortValue.of(page.leads().get(0), listing.sortProp()) instanceof SortValue.Number)) {
            return true;
        }
        if (firstEnd == null) {
            List<LeadSummary> end = listing.requests()
                    .fetch(listing.query(filter)
                            .withOffset(LeadQuery.MAX_WINDOW - 1)
                            .withLimit(1))
                    .leads();
            firstEnd = end.isEmpty() ? new SortValue.Missing() : SortValue.of(end.get(0), listing.sortProp());
        }
        if (!(firstEnd instanceof SortValue.Number number)
                || page.leads().stream().noneMatch(lead -> LongTie.holds(listing, lead, number.value()))) {
            return true;
        }
        if (firstEndsInTie == null) {
            firstEndsInTie = LongTie.isLong(listing.count(LongTie.of(listing, filter, number.value()))
                    .await()
                    .total());
        }
        return !firstEndsInTie;
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
