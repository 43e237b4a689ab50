package app.leadbrowser.client.deep;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.model.LeadSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every lead of a {@link DeepListing}, each once, in the list's order, fetched as it is read (two pages in flight)
 * and never held: for export and the lead-by-lead walk. Not thread-safe, except {@link #cancel()}.
 */
public final class DeepCursor implements AutoCloseable {
    private final PageRequests requests;
    private final Listing listing;
    private final LeadStream leads;
    private final GroupStream single;
    private final Set<String> seen = new HashSet<>();
    private int listed;
    private int duplicatesDropped;
    private boolean ended;

    DeepCursor(PageRequests requests, Listing listing, LeadStream leads, GroupStream single) {
        this.requests = requests;
        this.listing = listing;
        this.leads = leads;
        this.single = single;
    }

    /**
     * The next lead, or null after the last one.
     *
     * @throws app.leadbrowser.client.error.CancelledException after {@link #cancel()}
     */
    public LeadSummary next() throws ApiException {
        while (!ended) {
            LeadSummary lead = leads.next();
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
     * How many leads the filter matches (the list method's {@code total}, exact past 10,000), -1 before the first
     * page. For several groups combined no request tells it: -1 until the end, then the leads listed and out of
     * reach.
     */
    public long total() {
        if (single != null) {
            return single.firstTotal();
        }
        return ended ? listed + outOfReach() : -1;
    }

    /**
     * How many leads of the filter no request could reach (see {@link #outOfReachReasons()}); known at the end,
     * 0 before. Counted as the filter's total less the leads listed, so leads added or removed during the listing
     * move it.
     */
    public long outOfReach() {
        if (!ended || listing.outOfReach().isEmpty() || single == null) {
            return 0;
        }
        return Math.max(0, single.firstTotal() - listed);
    }

    /** Why leads were out of reach; empty when every lead was listed. */
    public List<OutOfReach> outOfReachReasons() {
        return listing.outOfReach();
    }

    /** List requests sent so far. */
    public int requests() {
        return requests.sent();
    }

    /** Aborts the request in flight; the next call to {@link #next()} throws. Any thread. */
    public void cancel() {
        requests.cancel();
    }

    @Override
    public void close() {
        requests.close();
    }
}
