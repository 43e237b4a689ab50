package app.leadbrowser.client.deep;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Junction;
import java.util.ArrayList;
import java.util.List;

/**
 * How many leads several AND groups match together, exactly, by inclusion and exclusion: the groups' totals added,
 * less each pair's, plus each triple's, and so on. The leads two AND groups both match are one AND group (their
 * conditions together), which one request of one lead counts (the list method's {@code total} is exact past
 * 10,000). The groups' own totals come from their first pages; the intersections are sent a size at a time, and an
 * intersection that holds a smaller empty one is not asked: with the usual few overlapping groups (a quick search
 * beside conditions makes three) that is a handful of requests.
 */
final class CombinedTotal {
    private CombinedTotal() {}

    /**
     * @param groups AND groups (or single conditions), at most {@link app.leadbrowser.client.filter.FilterGroups#MAX_GROUPS}
     * @param totals each group's own total, in the same order
     */
    static long count(Listing listing, List<Filter> groups, long[] totals) throws ApiException {
        long sum = 0;
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            sum += totals[i];
            if (totals[i] == 0) {
                empty.add(1 << i);
            }
        }
        for (int size = 2; size <= groups.size(); size++) {
            List<Integer> masks = new ArrayList<>();
            List<PageRequests.Pending> counts = new ArrayList<>();
            for (int mask = 1; mask < 1 << groups.size(); mask++) {
                if (Integer.bitCount(mask) == size && !holdsAny(mask, empty)) {
                    masks.add(mask);
                    counts.add(listing.requests()
                            .submit(listing.query(together(groups, mask)).withLimit(1)));
                }
            }
            long sign = size % 2 == 0 ? -1 : 1;
            for (int i = 0; i < counts.size(); i++) {
                long together = counts.get(i).await().total();
                sum += sign * together;
                if (together == 0) {
                    empty.add(masks.get(i));
                }
            }
        }
        return sum;
    }

    private static boolean holdsAny(int mask, List<Integer> subsets) {
        return subsets.stream().anyMatch(subset -> (mask & subset) == subset);
    }

    /** The leads every group of {@code mask} matches: their conditions in one AND group. */
    private static Filter together(List<Filter> groups, int mask) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if ((mask & 1 << i) != 0) {
                conditions.addAll(groups.get(i).conditions());
            }
        }
        return new Filter(Junction.AND, conditions);
    }
}
