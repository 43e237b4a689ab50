package app.leadbrowser.client.deep;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.model.LeadSummary;
import java.util.List;

/**
 * Every lead of a {@link DeepListing}, each once, in the list's order, fetched as it is read (two pages in flight)
 * and never held: for export and the lead-by-lead walk. Not thread-safe, except {@link #cancel()}.
 */
public final class DeepCursor implements AutoCloseable {
    private final PageRequests requests;
    private final Listing listing;
    private final LeadStream leads;
    private final List<Filter> groups;
    private final List<GroupStream> streams;
    private final IdSet seen = new IdSet();
    private int listed;
    private int duplicatesDropped;
    private boolean ended;
    private long combinedTotal = -1;

    /**
     * @param leads the leads of {@code streams}, merged when there are several
     * @param groups the filter groups, one per stream
     */
    DeepCursor(
            PageRequests requests, Listing listing, LeadStream leads, List<Filter> groups, List<GroupStream> streams) {
        this.requests = requests;
        this.listing = listing;
        this.leads = leads;
        this.groups = List.copyOf(groups);
        this.streams = List.copyOf(streams);
    }

    /**
     * The next lead, or null after the last one.
     *
     * @throws app.leadbrowser.client.error.CancelledException after {@link #cancel()}
     */
    public LeadSummary next() throws ApiException {
        while (!ended) {
            LeadSummary lead = leads.next();
            if (combinedTotal < 0 && streams.size() > 1) { // the groups' first pages are in: their totals too
                combinedTotal = CombinedTotal.count(listing, groups, firstTotals());
            }
            if (lead == null) {
                ended = true;
            } else if (seen.add(lead.id())) {
                listed++;
                return lead;
            } else {
                duplicatesDropped++;
            }
        }
        return null;
    }

    /** Leads given so far. */
    public int listed() {
        return listed;
    }

    /** Leads met again (window overlaps, leads that moved up meanwhile) and dropped. */
    public int duplicatesDropped() {
        return duplicatesDropped;
    }

    /**
     * How many leads the filter matches, exactly, -1 before the first lead was asked for: the list method's
     * {@code total} (exact past 10,000), for several groups combined worked out from the groups' and their
     * intersections' totals ({@link CombinedTotal}).
     */
    public long total() {
        return streams.size() == 1 ? streams.get(0).firstTotal() : combinedTotal;
    }

    /**
     * How many leads of the filter no request could reach (see {@link #outOfReachReasons()}); known at the end,
     * 0 before. Counted as the filter's total less the leads listed, so leads added or removed during the listing
     * move it.
     */
    public long outOfReach() {
        if (!ended || listing.outOfReach().isEmpty()) {
            return 0;
        }
        return Math.max(0, total() - listed);
    }

    /** Why leads were out of reach; empty when every lead was listed. */
    public List<OutOfReach> outOfReachReasons() {
        return listing.outOfReach();
    }

    /** List requests sent so far. */
    public int requests() {
        return requests.sent();
    }

    /** Aborts the request in flight; the next call to {@link #next()} throws, until {@link #resume()}. Any thread. */
    public void cancel() {
        requests.cancel();
    }

    /** Takes requests again after {@link #cancel()}: the cursor goes on from the last lead it gave. */
    void resume() {
        requests.resume();
    }

    private long[] firstTotals() {
        return streams.stream().mapToLong(GroupStream::firstTotal).toArray();
    }

    @Override
    public void close() {
        requests.close();
    }
}
