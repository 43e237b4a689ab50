package app.leadbrowser.client.filter;

import app.leadbrowser.client.model.PropValues;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        return holdsTogether(filter.junction(), filter.conditions(), c -> matches(c, props, now));
    }

    /**
     * The same decision as {@link #matches(Filter, Map, Instant)}, condition by condition: each condition with the
     * lead's value and whether it holds, and the verdict of the whole group. Takes one flat group, as the API does.
     */
    public static FilterExplanation explain(Filter filter, Map<String, ?> props, Instant now) {
        List<ConditionCheck> checks = filter.conditions().stream()
                .map(c -> new ConditionCheck(c, props.get(c.property()), matches(c, props, now)))
                .toList();
        return new FilterExplanation(
                filter, checks, holdsTogether(filter.junction(), checks, ConditionCheck::holds), now);
    }

    /** Whether one condition holds for a lead with these props. */
    public static boolean matches(Condition condition, Map<String, ?> props, Instant now) {
        Object value = props.get(condition.property());
        boolean known = PropValues.isKnown(value);
        Operator operator = condition.operator();
        if (operator == Operator.KNOWN) {
            return known;
        }
        if (operator == Operator.UNKNOWN) {
            return !known;
        }
        if (!known) {
            return operator.alsoMatchesUnknown();
        }
        if (condition instanceof Condition.Flag) {
            Optional<Boolean> b = PropValues.bool(value);
            return b.isPresent() && b.get() == (operator == Operator.BOOL_TRUE);
        }
        if (condition instanceof Condition.Number n) {
            return PropValues.number(value)
                    .map(v -> compare(operator, v.compareTo(n.value())))
                    .orElse(false);
        }
        if (condition instanceof Condition.Range r) {
            return PropValues.number(value)
                    .map(v -> v.compareTo(r.from()) >= 0 && v.compareTo(r.to()) <= 0)
                    .orElse(false);
        }
        if (condition instanceof Condition.Text t) {
            return matchesText(operator, lower(PropValues.text(value)), lower(t.text()));
        }
        if (condition instanceof Condition.RelativeDate d) {
            Instant threshold = threshold(now, d);
            return PropValues.instant(value)
                    .map(when -> isLessThan(operator) ? when.isAfter(threshold) : when.isBefore(threshold))
                    .orElse(false);
        }
        if (condition instanceof Condition.ListContains l) {
            return PropValues.list(value).stream().anyMatch(item -> item.equalsIgnoreCase(l.item()));
        }
        throw new IllegalStateException("unhandled condition " + condition);
    }

    /** The one rule of a group: an empty group matches every lead; AND needs every part to hold, OR any one. */
    private static <T> boolean holdsTogether(Junction junction, List<T> parts, Predicate<T> holds) {
        if (parts.isEmpty()) {
            return true;
        }
        return junction == Junction.AND
                ? parts.stream().allMatch(holds)
                : parts.stream().anyMatch(holds);
    }

    /** Now minus N units; a span too long to compute reaches back before any date. */
    private static Instant threshold(Instant now, Condition.RelativeDate condition) {
        try {
            return now.minus(condition.unit().times(condition.amount()));
        } catch (ArithmeticException | java.time.DateTimeException tooFarBack) {
            return Instant.MIN;
        }
    }

    private static boolean compare(Operator operator, int sign) {
        return switch (operator) {
            case EQ -> sign == 0;
            case NEQ -> sign != 0;
            case GT, GT_OR_UNKNOWN -> sign > 0;
            case LT, LT_OR_UNKNOWN -> sign < 0;
            default -> throw new IllegalStateException(operator + " is not a number operator");
        };
    }

    private static boolean matchesText(Operator operator, String actual, String wanted) {
        return switch (operator) {
            case STR_EQ -> actual.equals(wanted);
            case STR_NEQ -> !actual.equals(wanted);
            case STR_CONTAINS -> actual.contains(wanted);
            case STR_NOTCONTAINS -> !actual.contains(wanted);
            default -> throw new IllegalStateException(operator + " is not a text operator");
        };
    }

    private static boolean isLessThan(Operator operator) {
        return operator == Operator.DAYSLESS || operator == Operator.DAYSLESS_OR_UNKNOWN;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
