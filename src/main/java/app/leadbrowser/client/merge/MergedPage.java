package app.leadbrowser.client.merge;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.model.LeadSummary;
import java.util.List;

/**
 * One page of a merged listing.
 *
 * @param leads the leads at {@code offset}.. of the merge, at most {@code limit}
 * @param total how many leads match: an upper bound (the groups' totals added, less the duplicates met so far)
 *     unless {@code totalExact}
 * @param totalExact true once every group was read to its end, so {@code total} is the count of the merge
 * @param requests how many list requests the merge has sent so far
 */
public record MergedPage(int offset, int limit, List<LeadSummary> leads, long total, boolean totalExact, int requests) {

    public MergedPage {
        leads = List.copyOf(leads);
    }

    /** A page with fewer leads than asked for ends the merged list, as does the 10,000-lead window. */
    public boolean isLast() {
        return leads.size() < limit || offset + limit >= LeadQuery.MAX_WINDOW;
    }
}
