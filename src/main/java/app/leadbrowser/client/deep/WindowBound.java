package app.leadbrowser.client.deep;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The condition that makes a window continue the list from a lead's value of the sort property: for numbers
 * {@code range} from the value (ties included, so nothing falls between two windows); for dates "more/less than N
 * minutes ago", N worked out at each request from the clock so that the bound stays where it was meant to be, with
 * {@code marginMinutes} of overlap. {@code strict} leaves the value (its minute, for a date) out: the way past a
 * value more than 10,000 leads share.
 *
 * <p>Ahead of the server's clock the date bound of a descending list overlaps less, behind it an ascending one: the
 * window's first page checks that the bound reaches back to the last lead listed, and the margin widens if not.
 */
record WindowBound(String sortProp, SortOrder order, SortValue value, boolean strict, long marginMinutes) {
    /** The docs: numbers within ±2^53. */
    static final BigDecimal LOWEST = BigDecimal.valueOf(-(1L << 53));

    static final BigDecimal HIGHEST = BigDecimal.valueOf(1L << 53);

    WindowBound {
        if (!(value instanceof SortValue.Number || value instanceof SortValue.Date)) {
            throw new IllegalArgumentException("a window is cut at a number or a date, not " + value);
        }
    }

    /**
     * The bound of the window after one that filled its places up to a lead with {@code value}: from that value,
     * or, when that would be the window {@code current} again (more leads share the value than a window holds),
     * strictly past it.
     *
     * @param current the bound of the window that filled, null for the filter's first window
     */
    static WindowBound after(Listing listing, SortValue value, WindowBound current) {
        WindowBound next =
                new WindowBound(listing.sortProp(), listing.sortOrder(), value, false, listing.marginMinutes());
        if (current != null) {
            Instant now = listing.now();
            if (next.conditionAt(now)
                    .equals(current.withMargin(next.marginMinutes).conditionAt(now))) {
                return past(listing, value);
            }
        }
        return next;
    }

    /** The bound strictly past {@code value}: after a long tie ({@link LongTie}) listed on its own. */
    static WindowBound past(Listing listing, SortValue value) {
        return new WindowBound(listing.sortProp(), listing.sortOrder(), value, true, 0);
    }

    /** Whether a window with this bound must show, on its first page, the last lead listed before it. */
    boolean needsWitness() {
        return isDate() && !strict;
    }

    boolean descending() {
        return order == SortOrder.DESC;
    }

    boolean isDate() {
        return value instanceof SortValue.Date;
    }

    /** The same bound with {@code minutes} of overlap. */
    WindowBound withMargin(long minutes) {
        return new WindowBound(sortProp, order, value, strict, minutes);
    }

    /** The condition to send at {@code now}. */
    Condition conditionAt(Instant now) {
        if (value instanceof SortValue.Number number) {
            BigDecimal v = number.value();
            if (strict) {
                return new Condition.Number(sortProp, descending() ? Operator.LT : Operator.GT, v);
            }
            return descending()
                    ? new Condition.Range(sortProp, LOWEST.min(v), v)
                    : new Condition.Range(sortProp, v, HIGHEST.max(v));
        }
        long secondsAgo =
                Duration.between(((SortValue.Date) value).value(), now).getSeconds();
        long minutesFloor = Math.floorDiv(secondsAgo, 60);
        long minutesCeil = -Math.floorDiv(-secondsAgo, 60);
        long minutes;
        Operator operator;
        if (descending()) { // "more than N minutes ago": dates before now - N; the bound must lie after the value
            operator = Operator.DAYSMORE;
            minutes = strict ? minutesCeil : minutesFloor - marginMinutes;
        } else { // "less than N minutes ago": dates after now - N; the bound must lie before the value
            operator = Operator.DAYSLESS;
            minutes = strict ? minutesFloor : minutesCeil + marginMinutes;
        }
        return Conditions.relativeDate(sortProp, operator, Math.max(0, minutes), DateUnit.MINUTES);
    }
}
