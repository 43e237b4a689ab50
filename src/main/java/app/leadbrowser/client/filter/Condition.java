package app.leadbrowser.client.filter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One condition of a filter: a property, an operator and the value the operator takes. Each record accepts
 * only the operators of its value shape, so an invalid combination cannot be built.
 */
public sealed interface Condition {

    String property();

    Operator operator();

    /** {@code known} / {@code unknown}. */
    record Presence(String property, Operator operator) implements Condition {
        public Presence {
            check(property, operator, Operator.ValueShape.NONE);
        }
    }

    /** {@code bool_true} / {@code bool_false}. */
    record Flag(String property, Operator operator) implements Condition {
        public Flag {
            check(property, operator, Operator.ValueShape.BOOLEAN);
        }
    }

    /** {@code eq}, {@code neq}, {@code gt}, {@code gt_or_unknown}, {@code lt}, {@code lt_or_unknown}. */
    record Number(String property, Operator operator, BigDecimal value) implements Condition {
        public Number {
            check(property, operator, Operator.ValueShape.NUMBER);
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code range}: from and to both included, from ≤ to. */
    record Range(String property, BigDecimal from, BigDecimal to) implements Condition {
        public Range {
            check(property, Operator.RANGE, Operator.ValueShape.NUMBER_RANGE);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.compareTo(to) > 0) {
                throw new IllegalArgumentException("range: the lower bound " + from.toPlainString()
                        + " is above the upper bound " + to.toPlainString());
            }
        }

        @Override
        public Operator operator() {
            return Operator.RANGE;
        }
    }

    /** {@code str_eq}, {@code str_neq}, {@code str_contains}, {@code str_notcontains}; case-insensitive. */
    record Text(String property, Operator operator, String text) implements Condition {
        public Text {
            check(property, operator, Operator.ValueShape.TEXT);
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code daysless}, {@code daysmore} and their {@code _or_unknown} forms: "less/more than N units ago". */
    record RelativeDate(String property, Operator operator, long amount, DateUnit unit) implements Condition {
        public RelativeDate {
            check(property, operator, Operator.ValueShape.RELATIVE_DATE);
            Objects.requireNonNull(unit, "unit");
            if (amount < 0) {
                throw new IllegalArgumentException(operator.wireName() + ": the amount must not be negative");
            }
        }
    }

    /** {@code lcontains}: the list property holds the item. */
    record ListContains(String property, String item) implements Condition {
        public ListContains {
            check(property, Operator.LCONTAINS, Operator.ValueShape.LIST_ITEM);
            Objects.requireNonNull(item, "item");
        }

        @Override
        public Operator operator() {
            return Operator.LCONTAINS;
        }
    }

    private static void check(String property, Operator operator, Operator.ValueShape shape) {
        Objects.requireNonNull(operator, "operator");
        if (property == null || property.isBlank()) {
            throw new IllegalArgumentException(operator.wireName() + ": the property name is empty");
        }
        if (operator.shape() != shape) {
            throw new IllegalArgumentException(
                    "operator " + operator.wireName() + " takes a " + operator.shape() + " value, not " + shape);
        }
    }
}
