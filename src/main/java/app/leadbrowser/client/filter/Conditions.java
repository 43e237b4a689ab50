package app.leadbrowser.client.filter;

import java.math.BigDecimal;

/** Short factories for conditions, named after the operators. */
public final class Conditions {
    private Conditions() {}

    public static Condition known(String property) {
        return new Condition.Presence(property, Operator.KNOWN);
    }

    public static Condition unknown(String property) {
        return new Condition.Presence(property, Operator.UNKNOWN);
    }

    public static Condition isTrue(String property) {
        return new Condition.Flag(property, Operator.BOOL_TRUE);
    }

    public static Condition isFalse(String property) {
        return new Condition.Flag(property, Operator.BOOL_FALSE);
    }

    public static Condition number(String property, Operator operator, long value) {
        return new Condition.Number(property, operator, BigDecimal.valueOf(value));
    }

    public static Condition range(String property, long from, long to) {
        return new Condition.Range(property, BigDecimal.valueOf(from), BigDecimal.valueOf(to));
    }

    public static Condition text(String property, Operator operator, String text) {
        return new Condition.Text(property, operator, text);
    }

    public static Condition relativeDate(String property, Operator operator, long amount, DateUnit unit) {
        return new Condition.RelativeDate(property, operator, amount, unit);
    }

    public static Condition listContains(String property, String item) {
        return new Condition.ListContains(property, item);
    }
}
