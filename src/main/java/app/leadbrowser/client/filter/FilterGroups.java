package app.leadbrowser.client.filter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Leads matching any of a few flat groups: the "OR of AND-groups" the API cannot take in one request. One group
 * is an ordinary filter (AND or OR, sent as it is). With several, every group is an AND group with at least one
 * condition (an OR group of one condition counts as one) and the client asks the API once per group and merges
 * the answers.
 */
public record FilterGroups(List<Filter> groups) {
    /** The most groups one expression may hold: each costs a request per page. */
    public static final int MAX_GROUPS = 5;

    public FilterGroups {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("at least one group is needed");
        }
        if (groups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException(
                    "at most " + MAX_GROUPS + " groups can be combined (was " + groups.size() + ")");
        }
        if (groups.size() > 1) {
            groups = groups.stream().map(FilterGroups::asAndGroup).toList();
        }
    }

    /** The plain filter {@code filter}, as one group. */
    public static FilterGroups of(Filter filter) {
        return new FilterGroups(List.of(filter));
    }

    /** All leads. */
    public static FilterGroups all() {
        return of(Filter.all());
    }

    /** True when there is more than one group, so the listing is combined on this computer. */
    public boolean isCombined() {
        return groups.size() > 1;
    }

    /** The first group: the whole filter when there is one group. */
    public Filter first() {
        return groups.get(0);
    }

    /** True for all leads: one group without conditions. */
    public boolean isEmpty() {
        return !isCombined() && first().isEmpty();
    }

    /** Whether a lead's props match any group ({@link FilterEvaluator} decides each). */
    public boolean matches(Map<String, ?> props, Instant now) {
        return groups.stream().anyMatch(group -> FilterEvaluator.matches(group, props, now));
    }

    private static Filter asAndGroup(Filter group) {
        if (group.isEmpty()) {
            throw new IllegalArgumentException(
                    "each combined group needs a condition (an empty one matches every lead)");
        }
        if (group.junction() == Junction.AND) {
            return group;
        }
        if (group.conditions().size() <= 1) {
            return new Filter(Junction.AND, group.conditions());
        }
        throw new IllegalArgumentException("a combined expression holds AND groups only; an OR group of "
                + group.conditions().size() + " conditions cannot be one of its groups");
    }
}
