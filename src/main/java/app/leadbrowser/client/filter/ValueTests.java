package app.leadbrowser.client.filter;

import app.leadbrowser.client.model.PropValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One condition turned into a test of one value of its property, with everything that does not depend on the lead
 * (the wanted text in lower case, the date threshold, the number's bounds) worked out once: the sandbox tests
 * thousands of leads with each filter. The rules are {@link FilterEvaluator}'s.
 */
final class ValueTests {
    private ValueTests() {}

    static Predicate<Object> of(Condition condition, Instant now) {
        Operator operator = condition.operator();
        if (operator == Operator.KNOWN) {
            return PropValues::isKnown;
        }
        if (operator == Operator.UNKNOWN) {
            return value -> !PropValues.isKnown(value);
        }
        Predicate<Object> ofKnown = ofKnownValue(condition, now);
        boolean unknownMatches = operator.alsoMatchesUnknown();
        return value -> PropValues.isKnown(value) ? ofKnown.test(value) : unknownMatches;
    }

    private static Predicate<Object> ofKnownValue(Condition condition, Instant now) {
        Operator operator = condition.operator();
        if (condition instanceof Condition.Flag) {
            Boolean wanted = operator == Operator.BOOL_TRUE;
            return value -> PropValues.bool(value).map(wanted::equals).orElse(false);
        }
        if (condition instanceof Condition.Number n) {
            Bound bound = new Bound(n.value());
            return value -> {
                int sign = bound.compareTo(value);
                return sign != Bound.NOT_A_NUMBER && holds(operator, sign);
            };
        }
        if (condition instanceof Condition.Range r) {
            Bound from = new Bound(r.from());
            Bound to = new Bound(r.to());
            return value -> {
                int aboveFrom = from.compareTo(value);
                return aboveFrom != Bound.NOT_A_NUMBER && aboveFrom >= 0 && to.compareTo(value) <= 0;
            };
        }
        if (condition instanceof Condition.Text t) {
            return textTest(operator, lower(t.text()));
        }
        if (condition instanceof Condition.RelativeDate d) {
            return dateTest(
                    operator == Operator.DAYSLESS || operator == Operator.DAYSLESS_OR_UNKNOWN, threshold(now, d));
        }
        if (condition instanceof Condition.ListContains l) {
            String item = l.item();
            return value -> PropValues.list(value).stream().anyMatch(item::equalsIgnoreCase);
        }
        throw new IllegalStateException("unhandled condition " + condition);
    }

    private static boolean holds(Operator operator, int sign) {
        return switch (operator) {
            case EQ -> sign == 0;
            case NEQ -> sign != 0;
            case GT, GT_OR_UNKNOWN -> sign > 0;
            case LT, LT_OR_UNKNOWN -> sign < 0;
            default -> throw new IllegalStateException(operator + " is not a number operator");
        };
    }

    private static Predicate<Object> textTest(Operator operator, String wanted) {
        return switch (operator) {
            case STR_EQ -> value -> text(value).equals(wanted);
            case STR_NEQ -> value -> !text(value).equals(wanted);
            case STR_CONTAINS -> value -> text(value).contains(wanted);
            case STR_NOTCONTAINS -> value -> !text(value).contains(wanted);
            default -> throw new IllegalStateException(operator + " is not a text operator");
        };
    }

    /** "Less than N ago" holds for a date after the threshold, "more than N ago" for one before it. */
    private static Predicate<Object> dateTest(boolean lessThan, Instant threshold) {
        return value -> PropValues.instant(value)
                .map(when -> lessThan ? when.isAfter(threshold) : when.isBefore(threshold))
                .orElse(false);
    }

    /** Now minus N units; a span too long to compute reaches back before any date. */
    private static Instant threshold(Instant now, Condition.RelativeDate condition) {
        try {
            return now.minus(condition.unit().times(condition.amount()));
        } catch (ArithmeticException | DateTimeException tooFarBack) {
            return Instant.MIN;
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? lower(s) : lower(PropValues.text(value));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * A condition's number, compared with a lead's value: whole numbers (the common case) without making a
     * {@code BigDecimal} for each lead.
     */
    private static final class Bound {
        static final int NOT_A_NUMBER = Integer.MIN_VALUE;

        private final BigDecimal value;
        private final long floor;
        private final boolean whole;
        private final int beyondLongs;

        Bound(BigDecimal value) {
            this.value = value;
            BigDecimal floor = value.setScale(0, RoundingMode.FLOOR);
            this.whole = floor.compareTo(value) == 0;
            if (floor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                this.beyondLongs = -1; // every long is below it
                this.floor = Long.MAX_VALUE;
            } else if (floor.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
                this.beyondLongs = 1;
                this.floor = Long.MIN_VALUE;
            } else {
                this.beyondLongs = 0;
                this.floor = floor.longValueExact();
            }
        }

        /** The sign of {@code actual} compared with this bound, or {@link #NOT_A_NUMBER}. */
        int compareTo(Object actual) {
            if (actual instanceof Integer || actual instanceof Long) {
                return compareTo(((Number) actual).longValue());
            }
            return PropValues.number(actual).map(n -> n.compareTo(value)).orElse(NOT_A_NUMBER);
        }

        private int compareTo(long actual) {
            if (beyondLongs != 0) {
                return beyondLongs;
            }
            if (actual != floor) {
                return actual > floor ? 1 : -1;
            }
            return whole ? 0 : -1;
        }
    }
}
