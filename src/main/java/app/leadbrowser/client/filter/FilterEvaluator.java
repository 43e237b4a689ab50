package app.leadbrowser.client.filter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
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
        return matching(filter, now, 1, condition -> lead -> props.get(condition.property()))[0];
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
     * Which of {@code count} leads are in the list of {@code filter}: {@code values} gives, for each condition, the
     * value of its property for the lead at each index. Tested condition by condition over all leads (a lead already
     * decided is skipped), so that a caller holding many leads reads each property as one column. The one rule of a
     * group: an empty group matches every lead; AND needs every condition to hold, OR any one.
     */
    public static boolean[] matching(
            Filter filter, Instant now, int count, Function<Condition, IntFunction<Object>> values) {
        boolean[] matching = new boolean[count];
        boolean all = filter.junction() == Junction.AND || filter.isEmpty();
        Arrays.fill(matching, all);
        for (Condition condition : filter.conditions()) {
            Predicate<Object> test = ValueTests.of(condition, now);
            IntFunction<Object> value = values.apply(condition);
            for (int lead = 0; lead < count; lead++) {
                if (matching[lead] == all && test.test(value.apply(lead)) != all) {
                    matching[lead] = !all;
                }
            }
        }
        return matching;
    }
}
