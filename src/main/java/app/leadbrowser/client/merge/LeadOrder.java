package app.leadbrowser.client.merge;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of the leads list for one {@code sort_prop} and {@code sort_order}, as a comparator over the leads
 * the list returns, so that pages of different filters can be merged in the order the server would have given.
 *
 * <p>Our choice, the same as the sandbox's: numbers by value, then booleans (false first), then everything else by
 * its lower-case text (ISO dates sort as text, which is their time order); ties by id; leads without the prop
 * (absent, null, empty) always last. Descending reverses the known part, ties included, and lists the unknown
 * ones by id descending. Ids compare as numbers when both are digits.
 */
public final class LeadOrder {
    private LeadOrder() {}

    /** The leads list's order for {@code sortProp} in {@code order}. */
    public static Comparator<LeadSummary> of(String sortProp, SortOrder order) {
        boolean descending = order == SortOrder.DESC;
        return (a, b) -> {
            Object left = a.prop(sortProp);
            Object right = b.prop(sortProp);
            boolean leftKnown = PropValues.isKnown(left);
            boolean rightKnown = PropValues.isKnown(right);
            if (leftKnown != rightKnown) {
                return leftKnown ? -1 : 1; // unknown last in both directions
            }
            int byValue = leftKnown ? compareValues(left, right) : 0;
            int result = byValue != 0 ? byValue : compareIds(a.id(), b.id());
            return descending ? -result : result;
        };
    }

    private static int compareValues(Object left, Object right) {
        int kinds = Integer.compare(kind(left), kind(right));
        if (kinds != 0) {
            return kinds;
        }
        if (left instanceof Number) {
            return toDecimal(left).compareTo(toDecimal(right));
        }
        if (left instanceof Boolean b) {
            return Boolean.compare(b, (Boolean) right);
        }
        return text(left).compareTo(text(right));
    }

    private static int kind(Object value) {
        if (value instanceof Number) {
            return 0;
        }
        return value instanceof Boolean ? 1 : 2;
    }

    private static BigDecimal toDecimal(Object number) {
        return PropValues.number(number).orElse(BigDecimal.ZERO);
    }

    private static String text(Object value) {
        return PropValues.text(value).toLowerCase(Locale.ROOT);
    }

    /** Ids are unsigned 64-bit numbers sent as text: compare them as numbers, anything else as text. */
    static int compareIds(String left, String right) {
        if (isDigits(left) && isDigits(right)) {
            String a = stripLeadingZeros(left);
            String b = stripLeadingZeros(right);
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return left.compareTo(right);
    }

    private static boolean isDigits(String id) {
        return !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
