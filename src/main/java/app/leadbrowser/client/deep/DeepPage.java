package app.leadbrowser.client.deep;

import app.leadbrowser.client.model.LeadSummary;
import java.util.List;

/**
 * One page of a deep listing.
 *
 * @param leads the leads at {@code offset}.., at most {@code limit}; fewer at the end
 * @param total how many leads the filter matches (exact, the list method's {@code total}); -1 for several groups
 *     combined until the listing was read to its end
 * @param outOfReach leads no request could reach, counted once the listing was read to its end
 * @param reasons why they were out of reach
 */
public record DeepPage(
        int offset, int limit, List<LeadSummary> leads, long total, long outOfReach, List<OutOfReach> reasons) {

    public DeepPage {
        leads = List.copyOf(leads);
        reasons = List.copyOf(reasons);
    }

    /** A page with fewer leads than asked for ends the listing. */
    public boolean isLast() {
        return leads.size() < limit;
    }
}
