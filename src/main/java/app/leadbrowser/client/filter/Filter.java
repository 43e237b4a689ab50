package app.leadbrowser.client.filter;

import java.util.List;
import java.util.Objects;

/**
 * A filters object: one group of conditions joined by AND or OR. The API takes one level only, so a group
 * holds conditions, never other groups. An empty AND group means "all leads".
 */
public record Filter(Junction junction, List<Condition> conditions) {

    public Filter {
        Objects.requireNonNull(junction, "junction");
        conditions = List.copyOf(conditions);
    }

    public static Filter all() {
        return new Filter(Junction.AND, List.of());
    }

    public static Filter and(Condition... conditions) {
        return new Filter(Junction.AND, List.of(conditions));
    }

    public static Filter or(Condition... conditions) {
        return new Filter(Junction.OR, List.of(conditions));
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }
}
