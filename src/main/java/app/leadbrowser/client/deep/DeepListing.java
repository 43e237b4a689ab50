package app.leadbrowser.client.deep;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every lead of a filter, past the list method's 10,000-lead window, with documented operators only.
 *
 * <h2>The method</h2>
 * The list method refuses {@code offset + limit > 10,000}. A deep listing cuts the list into <em>windows</em>, each
 * a request the API accepts:
 * <ol>
 *   <li>The first window is the filter as it is. When it fills its 10,000 places, the lead at the last place gives a
 *       value of the sort property, and the next window is the same filter AND a condition that continues from that
 *       value ({@link WindowBound}): {@code range} from the value for numbers (ties included); for dates "more than
 *       N minutes ago" ({@code daysmore}, descending) or "less than N minutes ago" ({@code daysless}, ascending)
 *       with a minute or more of overlap. Leads listed before are dropped by id.
 *   <li>Relative dates are evaluated by the server at each request, so N is worked out from the clock at each
 *       request: the bound stays at the same instant. A server clock ahead of ours makes a descending window
 *       overlap more, never less; for the other cases each window's first page must show a lead at or before the
 *       last one listed, and the overlap widens (1 minute, 10, an hour, ..., a year) until it does.
 *   <li>Within a window, pages are read by offset, each starting where the last lead taken is expected, so that
 *       consecutive pages overlap by one: where the list moved meanwhile (a lead touched or added, a lead that left
 *       the filter as time passed) the page is searched, in the list's order ({@link
 *       app.leadbrowser.client.merge.LeadOrder}), for the first lead after the last one taken, and read again from
 *       an earlier place when it begins after it. A lead that existed all along and did not change is never missed.
 *   <li>Leads without a value of the sort property come last (the server's order): they form the last window
 *       ({@code unknown}).
 *   <li>An OR filter of several conditions cannot take a window condition in one flat group: once its first window
 *       is full, each condition becomes an AND group continued from the same lead, and the groups' listings are
 *       merged in the list's order, as the OR-group merging does ({@link FilterGroups} of several groups are merged
 *       the same way from the start).
 *   <li>Under a number sort, 10,000 or more leads that share one number (a <em>long tie</em>, {@link LongTie}) could
 *       not be passed by windows on that number: the window that reaches one stops before its first lead, the tie is
 *       listed as a filter of its own (the filter AND the property equal to the number) by windows on {@code
 *       $last_seen}, and the next window continues strictly past the number. The listing's order is therefore the
 *       server's (by the sort property, equal values by id) except inside a long tie, whose leads come by {@code
 *       $last_seen} in the same direction (leads without it last, by id); the table's pages, the walk and the export
 *       all give that one order.
 * </ol>
 *
 * <h2>Where it cannot reach</h2>
 * A window that cannot be split — more than 10,000 leads share one minute of a date (also of {@code $last_seen}
 * inside a long tie) — is listed to its cap and then passed (the next minute); a text or yes/no sort has no range operator,
 * so it keeps the cap; more than 10,000 leads without a value keep the last window's cap. Each case is reported
 * ({@link OutOfReach}) with the number of leads out of reach ({@link DeepCursor#outOfReach()}): the filter's
 * {@code total} (exact past 10,000) less the leads listed. Sorting by a date or a number reaches them all.
 *
 * <h2>Use</h2>
 * {@link #stream()} gives a {@link DeepCursor}: every lead once, in order, two pages in flight, nothing held (export,
 * the walk). {@link #page(int, int)} gives the table a page anywhere in the listing with the exact total: a
 * {@link WindowMap} finds where each window starts from its first and last pages (sent together: one round trip per
 * window before the page, once, remembered by this listing); where windows cannot be mapped (an OR filter
 * distributed, more than 10,000 missing values split, groups combined) the listing is read through from the page
 * given last ({@link ReadThrough}). Several groups combined are each a deep listing of their own, merged in the
 * list's order with repeats dropped; their exact total comes from the groups' and their intersections' totals
 * ({@link CombinedTotal}). A page can be cancelled from any thread ({@link #pageCall}); what the listing learnt before
 * (windows mapped, leads read through) stays for the next page.
 */
public final class DeepListing implements AutoCloseable {
    private final DashlyClient client;
    private final FilterGroups groups;
    private final LeadQuery query;
    private final Clock clock;
    private final ReadThrough readThrough = new ReadThrough(this::stream);
    private final PageRequests mapRequests;
    private final Listing mapListing;
    private final WindowMap map;
    private volatile PageCall running;
    private volatile boolean closed;

    /**
     * @param query the sort and prop typing (its filter, offset and limit are not used)
     * @param clock where relative bounds are measured from: the system's, or a test's
     */
    public DeepListing(DashlyClient client, FilterGroups groups, LeadQuery query, Clock clock) {
        this.client = client;
        this.groups = groups;
        this.query = query.withFilter(Filter.all()).withOffset(0).withLimit(WindowReader.LIMIT);
        this.clock = clock;
        this.mapRequests = new PageRequests(client);
        this.mapListing = new Listing(mapRequests, this.query, clock);
        this.map = new WindowMap(mapListing, groups.first());
    }

    /** The deep listing of one filter, measured from the system clock. */
    public static DeepListing of(DashlyClient client, LeadQuery query) {
        return of(client, FilterGroups.of(query.filter()), query);
    }

    /** The deep listing of {@code groups} in {@code query}'s sort, measured from the system clock. */
    public static DeepListing of(DashlyClient client, FilterGroups groups, LeadQuery query) {
        return new DeepListing(client, groups, query, Clock.systemUTC());
    }

    /** Every lead from the first, each once, in the list's order. Close the cursor when done. */
    public DeepCursor stream() {
        PageRequests requests = new PageRequests(client);
        Listing listing = new Listing(requests, query, clock);
        List<GroupStream> each = new ArrayList<>();
        groups.groups().forEach(group -> each.add(new GroupStream(listing, group, null)));
        LeadStream leads = each.size() == 1 ? each.get(0) : new MergedStreams(List.copyOf(each), listing.order());
        return new DeepCursor(requests, listing, leads, groups.groups(), each);
    }

    /**
     * The leads at {@code offset}.. (at most {@code limit}) of the whole listing, with the filter's exact total.
     * Blocks. What was learnt (where windows start, the leads read through) stays for later pages, also after a
     * page was cancelled.
     */
    public DeepPage page(int offset, int limit) throws ApiException {
        return pageCall(offset, limit).call();
    }

    /** The page {@link #page} gives, as work that can be cancelled from any thread before or while it runs. */
    public PageCall pageCall(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > LeadQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("no page at " + offset + "+" + limit);
        }
        return new PageCall(offset, limit);
    }

    /** One page asked for: {@link #cancel()} stops it, and only it, whether it waits for an earlier page or runs. */
    public final class PageCall {
        private final int offset;
        private final int limit;
        private volatile boolean cancelled;

        private PageCall(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
        }

        /**
         * Works the page out; blocks.
         *
         * @throws CancelledException after {@link #cancel()} or the listing's {@link #close()}
         */
        public DeepPage call() throws ApiException {
            synchronized (DeepListing.this) {
                running = this;
                try {
                    resumeRequests(); // a cancel from here on is seen below or aborts a request
                    if (cancelled || closed) {
                        throw new CancelledException();
                    }
                    return pageNow(offset, limit);
                } finally {
                    running = null;
                }
            }
        }

        /** Stops this page: at once if it runs (its request in flight is aborted), else when it would start. */
        public void cancel() {
            cancelled = true;
            if (running == this) {
                cancelRequests();
            }
        }
    }

    private DeepPage pageNow(int offset, int limit) throws ApiException {
        if (!groups.isCombined()) {
            List<LeadSummary> leads = map.page(offset, limit);
            if (leads != null) {
                return new DeepPage(offset, limit, leads, map.total(), map.outOfReach(), mapListing.outOfReach());
            }
        }
        List<LeadSummary> leads = readThrough.page(offset, limit);
        DeepCursor cursor = readThrough.cursor();
        return new DeepPage(offset, limit, leads, cursor.total(), cursor.outOfReach(), cursor.outOfReachReasons());
    }

    private void resumeRequests() {
        readThrough.resume();
        mapRequests.resume();
    }

    private void cancelRequests() {
        readThrough.cancel();
        mapRequests.cancel();
    }

    /** Stops the page being worked out, if any, and frees the listing's threads; later pages are cancelled. */
    @Override
    public void close() {
        closed = true;
        cancelRequests();
        synchronized (this) {
            readThrough.close();
            mapRequests.close();
        }
    }
}
