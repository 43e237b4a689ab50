package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds conditions of one AND group that no lead can meet together, pair by pair on the same property: "known"
 * and "unknown"; "unknown" and any condition that needs a value; true and false; number bounds that do not meet
 * ({@code gt 10} and {@code lt 5}, {@code eq 3} and {@code neq 3}); texts that exclude each other ({@code = a}
 * and {@code = b}, {@code = berlin} and {@code does not contain "ber"}); "less than 7 days ago" and "more than 30
 * days ago". The {@code *_or_unknown} forms are met by leads without the property, so they conflict only when
 * another condition needs the property known. Conditions of an OR group are alternatives and never conflict.
 * Pure: judged on the conditions alone, the same way {@code FilterEvaluator} would judge any lead.
 */
public final class FilterContradictions {
    private FilterContradictions() {}

    /**
     * Two conditions of group {@code group} (0-based) that cannot both hold.
     *
     * @param group the index of the group in the expression
     */
    public record Contradiction(int group, Condition first, Condition second) {}

    /** The contradictions of every group, at most one per property and group, in the order of the conditions. */
    public static List<Contradiction> find(FilterGroups groups) {
        List<Contradiction> found = new ArrayList<>();
        for (int g = 0; g < groups.groups().size(); g++) {
            Filter group = groups.groups().get(g);
            if (group.junction() == Junction.OR && group.conditions().size() > 1) {
                continue;
            }
            Map<String, List<Condition>> byProperty = new LinkedHashMap<>();
            group.conditions().forEach(c -> byProperty
                    .computeIfAbsent(c.property(), p -> new ArrayList<>())
                    .add(c));
            for (List<Condition> conditions : byProperty.values()) {
                Contradiction pair = firstPair(g, conditions);
                if (pair != null) {
                    found.add(pair);
                }
            }
        }
        return found;
    }

    private static Contradiction firstPair(int group, List<Condition> conditions) {
        boolean knownNeeded = conditions.stream().anyMatch(FilterContradictions::needsKnown);
        for (int i = 0; i < conditions.size(); i++) {
            for (int j = i + 1; j < conditions.size(); j++) {
                Condition a = conditions.get(i);
                Condition b = conditions.get(j);
                if (conflict(a, b, knownNeeded)) {
                    return new Contradiction(group, a, b);
                }
            }
        }
        return null;
    }

    /** Whether only a lead with a value for the property can meet {@code c}. */
    private static boolean needsKnown(Condition c) {
        return c.operator() != Operator.UNKNOWN && !c.operator().alsoMatchesUnknown();
    }

    private static boolean conflict(Condition a, Condition b, boolean knownNeeded) {
        if (a.operator() == Operator.UNKNOWN || b.operator() == Operator.UNKNOWN) {
            Condition other = a.operator() == Operator.UNKNOWN ? b : a;
            return needsKnown(other);
        }
        if (!knownNeeded && (a.operator().alsoMatchesUnknown() || b.operator().alsoMatchesUnknown())) {
            return false; // a lead without the property meets both
        }
        if (a instanceof Condition.Flag && b instanceof Condition.Flag) {
            return a.operator() != b.operator();
        }
        if (a instanceof Condition.RelativeDate x && b instanceof Condition.RelativeDate y) {
            return datesConflict(x, y) || datesConflict(y, x);
        }
        if (a instanceof Condition.Text x && b instanceof Condition.Text y) {
            return textsConflict(x, y) || textsConflict(y, x);
        }
        if (isNumeric(a) && isNumeric(b)) {
            return numbersConflict(a, b);
        }
        return false;
    }

    /** "less than d1 ago" (after now − d1) and "more than d2 ago" (before now − d2) meet only when d2 < d1. */
    private static boolean datesConflict(Condition.RelativeDate less, Condition.RelativeDate more) {
        if (!isLessThan(less.operator()) || isLessThan(more.operator())) {
            return false;
        }
        return span(more).compareTo(span(less)) >= 0;
    }

    private static boolean isLessThan(Operator operator) {
        return operator == Operator.DAYSLESS || operator == Operator.DAYSLESS_OR_UNKNOWN;
    }

    private static Duration span(Condition.RelativeDate date) {
        try {
            return date.unit().times(date.amount());
        } catch (ArithmeticException tooLong) {
            return Duration.ofSeconds(Long.MAX_VALUE);
        }
    }

    private static boolean textsConflict(Condition.Text x, Condition.Text y) {
        String a = x.text().toLowerCase(Locale.ROOT);
        String b = y.text().toLowerCase(Locale.ROOT);
        Operator p = x.operator();
        Operator q = y.operator();
        if (p == Operator.STR_EQ) {
            return switch (q) {
                case STR_EQ -> !a.equals(b);
                case STR_NEQ -> a.equals(b);
                case STR_CONTAINS -> !a.contains(b);
                case STR_NOTCONTAINS -> a.contains(b);
                default -> false;
            };
        }
        return p == Operator.STR_CONTAINS && q == Operator.STR_NOTCONTAINS && a.contains(b);
    }

    private static boolean isNumeric(Condition c) {
        return c instanceof Condition.Number || c instanceof Condition.Range;
    }

    private static boolean numbersConflict(Condition a, Condition b) {
        if (a.operator() == Operator.NEQ || b.operator() == Operator.NEQ) {
            Condition neq = a.operator() == Operator.NEQ ? a : b;
            Condition other = neq == a ? b : a;
            BigDecimal excluded = ((Condition.Number) neq).value();
            Interval only = Interval.of(other);
            return only != null && only.isPoint(excluded);
        }
        Interval x = Interval.of(a);
        Interval y = Interval.of(b);
        return x != null && y != null && x.disjointFrom(y);
    }

    /** The numbers a condition lets through; a null bound is open-ended. */
    private record Interval(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {

        static Interval of(Condition c) {
            if (c instanceof Condition.Range r) {
                return new Interval(r.from(), true, r.to(), true);
            }
            if (!(c instanceof Condition.Number n)) {
                return null;
            }
            return switch (n.operator()) {
                case EQ -> new Interval(n.value(), true, n.value(), true);
                case GT, GT_OR_UNKNOWN -> new Interval(n.value(), false, null, false);
                case LT, LT_OR_UNKNOWN -> new Interval(null, false, n.value(), false);
                default -> null;
            };
        }

        boolean isPoint(BigDecimal value) {
            return low != null && high != null && low.compareTo(value) == 0 && high.compareTo(value) == 0;
        }

        boolean disjointFrom(Interval other) {
            return endsBefore(this, other) || endsBefore(other, this);
        }

        /** Whether every number of {@code a} is below every number of {@code b}. */
        private static boolean endsBefore(Interval a, Interval b) {
            if (a.high == null || b.low == null) {
                return false;
            }
            int sign = a.high.compareTo(b.low);
            return sign < 0 || (sign == 0 && !(a.highIncluded && b.lowIncluded));
        }
    }
}
