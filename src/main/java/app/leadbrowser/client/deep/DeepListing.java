package app.leadbrowser.client.deep;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
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
 * </ol>
 *
 * <h2>Where it cannot reach</h2>
 * A window that cannot be split — more than 10,000 leads share one number, or one minute of a date — is listed to
 * its cap and then passed ({@code lt}/{@code gt}, or the next minute); a text or yes/no sort has no range operator,
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
 * given last. Every call can be cancelled from any thread with {@link #cancel()}.
 */
public final class DeepListing implements AutoCloseable {
    private final DashlyClient client;
    private final FilterGroups groups;
    private final LeadQuery query;
    private final Clock clock;
    private DeepCursor cursor;
    private int cursorAt;
    private PageRequests mapRequests;
    private Listing mapListing;
    private WindowMap map;
    private volatile boolean cancelled;

    /**
     * @param query the sort and prop typing (its filter, offset and limit are not used)
     * @param clock where relative bounds are measured from: the system's, or a test's
     */
    public DeepListing(DashlyClient client, FilterGroups groups, LeadQuery query, Clock clock) {
        this.client = client;
        this.groups = groups;
        this.query = query.withFilter(Filter.all()).withOffset(0).withLimit(WindowReader.LIMIT);
        this.clock = clock;
    }

    /** The deep listing of one filter, measured from the system clock. */
    public static DeepListing of(DashlyClient client, LeadQuery query) {
        return new DeepListing(client, FilterGroups.of(query.filter()), query, Clock.systemUTC());
    }

    /** Every lead from the first, each once, in the list's order. Close the cursor when done. */
    public DeepCursor stream() {
        PageRequests requests = new PageRequests(client);
        Listing listing = new Listing(requests, query, clock);
        if (!groups.isCombined()) {
            GroupStream single = new GroupStream(listing, groups.first(), null);
            return new DeepCursor(requests, listing, single, single);
        }
        List<LeadStream> each = new ArrayList<>();
        groups.groups().forEach(group -> each.add(new GroupStream(listing, group, null)));
        return new DeepCursor(requests, listing, new MergedStreams(each, listing.order()), null);
    }

    /**
     * The leads at {@code offset}.. (at most {@code limit}) of the whole listing, with the filter's exact total.
     * Blocks; a later page is read on from the last one given, an earlier one from the start.
     *
     * @throws app.leadbrowser.client.error.CancelledException after {@link #cancel()}
     */
    public synchronized DeepPage page(int offset, int limit) throws ApiException {
        if (offset < 0 || limit < 1 || limit > LeadQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("no page at " + offset + "+" + limit);
        }
        if (!groups.isCombined()) {
            if (map == null || cancelled) {
                close();
                cancelled = false;
                mapRequests = new PageRequests(client);
                mapListing = new Listing(mapRequests, query, clock);
                map = new WindowMap(mapListing, groups.first());
            }
            List<LeadSummary> leads = map.page(offset, limit);
            if (leads != null) {
                return new DeepPage(offset, limit, leads, map.total(), map.outOfReach(), mapListing.outOfReach());
            }
        }
        if (cursor == null || offset < cursorAt || cancelled) {
            if (cursor != null) {
                cursor.close();
            }
            cancelled = false;
            cursor = stream();
            cursorAt = 0;
        }
        List<LeadSummary> leads = new ArrayList<>(limit);
        while (cursorAt < offset + limit) {
            LeadSummary lead = cursor.next();
            if (lead == null) {
                break;
            }
            if (cursorAt++ >= offset) {
                leads.add(lead);
            }
        }
        return new DeepPage(offset, limit, leads, cursor.total(), cursor.outOfReach(), cursor.outOfReachReasons());
    }

    /** Aborts the page being worked out; the next page starts afresh. Any thread. */
    public void cancel() {
        cancelled = true;
        DeepCursor current = cursor;
        if (current != null) {
            current.cancel();
        }
        PageRequests requests = mapRequests;
        if (requests != null) {
            requests.cancel();
        }
    }

    @Override
    public synchronized void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        if (mapRequests != null) {
            mapRequests.close();
            mapRequests = null;
        }
    }
}
