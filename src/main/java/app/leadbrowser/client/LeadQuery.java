package app.leadbrowser.client;

import app.leadbrowser.client.filter.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable request for one page of the leads list. Values are checked by {@link #violations()} (and by the
 * client before it sends anything), so a query for a page the API would refuse can still be held and shown.
 */
public record LeadQuery(
        Filter filter, String sortProp, SortOrder sortOrder, int offset, int limit, boolean convertPropsTypes) {

    /** The API returns at most this many leads per request. */
    public static final int MAX_LIMIT = 50;
    /** offset + limit may not pass this: the list cannot reach past its 10,000th lead. */
    public static final int MAX_WINDOW = 10_000;

    public static final String DEFAULT_SORT_PROP = "$last_seen";
    public static final int DEFAULT_LIMIT = 20;

    public LeadQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sortOrder, "sortOrder");
        if (sortProp == null || sortProp.isBlank()) {
            sortProp = DEFAULT_SORT_PROP;
        }
    }

    /** All leads, newest seen first, 20 per page, props typed. */
    public static LeadQuery defaults() {
        return new LeadQuery(Filter.all(), DEFAULT_SORT_PROP, SortOrder.DESC, 0, DEFAULT_LIMIT, true);
    }

    public LeadQuery withFilter(Filter value) {
        return new LeadQuery(value, sortProp, sortOrder, offset, limit, convertPropsTypes);
    }

    public LeadQuery withSort(String prop, SortOrder order) {
        return new LeadQuery(filter, prop, order, offset, limit, convertPropsTypes);
    }

    public LeadQuery withOffset(int value) {
        return new LeadQuery(filter, sortProp, sortOrder, value, limit, convertPropsTypes);
    }

    public LeadQuery withLimit(int value) {
        return new LeadQuery(filter, sortProp, sortOrder, offset, value, convertPropsTypes);
    }

    public LeadQuery withConvertPropsTypes(boolean value) {
        return new LeadQuery(filter, sortProp, sortOrder, offset, limit, value);
    }

    /** The same query one page further on. */
    public LeadQuery nextPage() {
        return withOffset(offset + limit);
    }

    /** The rules of the API this query breaks, each named in words; empty when it may be sent. */
    public List<String> violations() {
        List<String> rules = new ArrayList<>();
        if (limit < 1 || limit > MAX_LIMIT) {
            rules.add("limit must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        if (offset < 0) {
            rules.add("offset must not be negative (was " + offset + ")");
        }
        if ((long) offset + limit > MAX_WINDOW) {
            rules.add("offset + limit must not exceed " + MAX_WINDOW + " (was " + ((long) offset + limit)
                    + "): the list cannot reach past its " + MAX_WINDOW + "th lead");
        }
        return rules;
    }
}
