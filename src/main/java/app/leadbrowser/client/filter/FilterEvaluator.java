package app.leadbrowser.client.filter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Whether a lead's props match a filter: the one definition shared by the sandbox (which filters with it) and
 * the client (which explains with it).
 *
 * <p>Our choices where the docs are silent: a value is unknown when absent, null, an empty text or an empty list;
 * every operator but {@code unknown} and the {@code *_or_unknown} forms needs the property to be known,
 * including the negative ones ({@code neq}, {@code str_neq}, {@code str_notcontains}); text comparisons are
 * case-insensitive on the value's text form; {@code lcontains} compares items case-insensitively; a relative
 * date is "less than N units ago" when it is after now minus N units.
 */
public final class FilterEvaluator {
    private FilterEvaluator() {}

    /** Whether a lead with these props is in the list of {@code filter}, relative dates measured from {@code now}. */
    public static boolean matches(Filter filter, Map<String, ?> props, Instant now) {
        return FilterEvaluator.<Map<String, ?>>compile(
                        filter, now, condition -> leadProps -> leadProps.get(condition.property()))
                .test(props);
    }

    /**
     * The same decision as {@link #matches(Filter, Map, Instant)}, condition by condition: each condition with the
     * lead's value and whether it holds, and the verdict of the whole group. Takes one flat group, as the API does.
     */
    public static FilterExplanation explain(Filter filter, Map<String, ?> props, Instant now) {
        List<ConditionCheck> checks = filter.conditions().stream()
                .map(c -> new ConditionCheck(c, props.get(c.property()), matches(c, props, now)))
                .toList();
        return new FilterExplanation(filter, checks, matches(filter, props, now), now);
    }

    /** Whether one condition holds for a lead with these props. */
    public static boolean matches(Condition condition, Map<String, ?> props, Instant now) {
        return ValueTests.of(condition, now).test(props.get(condition.property()));
    }

    /**
     * {@link #matches(Filter, Map, Instant)} made once for testing many leads of any form: {@code valueReader}
     * gives, for each condition, how to read the value of its property from a lead (looked up once, not per lead).
     * The one rule of a group: an empty group matches every lead; AND needs every condition to hold, OR any one.
     */
    public static <L> Predicate<L> compile(
            Filter filter, Instant now, Function<Condition, Function<L, Object>> valueReader) {
        if (filter.isEmpty()) {
            return lead -> true;
        }
        BinaryOperator<Predicate<L>> junction = filter.junction() == Junction.AND ? Predicate::and : Predicate::or;
        return filter.conditions().stream()
                .map(condition -> FilterEvaluator.<L>test(condition, now, valueReader.apply(condition)))
                .reduce(junction)
                .orElseThrow();
    }

    private static <L> Predicate<L> test(Condition condition, Instant now, Function<L, Object> read) {
        Predicate<Object> test = ValueTests.of(condition, now);
        return lead -> test.test(read.apply(lead));
    }
}
