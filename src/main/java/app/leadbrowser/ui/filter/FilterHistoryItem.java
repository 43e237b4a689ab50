package app.leadbrowser.ui.filter;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.FilterGroups;
import java.time.Instant;

/** One applied filter in the history: the filter with its sort, and when it was applied. */
public record FilterHistoryItem(FilterGroups filter, String sortProp, SortOrder sortOrder, Instant appliedAt) {

    /** The filter in plain words, e.g. "Last seen &lt; 30 days ago AND City = Berlin". */
    public String summary() {
        return FilterSummary.of(filter);
    }

    /** The sort in words, e.g. "sorted by Sessions ↓". */
    public String sortText() {
        return FilterSummary.sort(sortProp, sortOrder);
    }

    /** Whether this lists the same leads in the same order as {@code other}. */
    boolean sameListing(FilterHistoryItem other) {
        return filter.equals(other.filter) && sortProp.equals(other.sortProp) && sortOrder == other.sortOrder;
    }
}
