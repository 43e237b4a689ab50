package app.leadbrowser.sandbox;

import app.leadbrowser.client.model.PropValues;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The leads' positions sorted by one prop, as the leads list orders them: numbers by value, then booleans (false
 * first), then everything else by its lower-case text (ISO dates sort as text, which is their time order); ties by
 * id; leads without the prop (unknown: absent, null, empty) always last, whatever the direction. Descending
 * reverses the known part (ties then go by id descending) and lists the unknown ones by id descending.
 */
final class SortedOrder {
    private final int[] positions;
    private final int knownCount;
    private final long[] dates;

    private SortedOrder(int[] positions, int knownCount, long[] dates) {
        this.positions = positions;
        this.knownCount = knownCount;
        this.dates = dates;
    }

    /** Sorts {@code leads}, which are in id order. */
    static SortedOrder of(List<StoredLead> leads, String prop) {
        int slot = PropKeys.slot(prop);
        Key[] known = new Key[leads.size()];
        int[] positions = new int[leads.size()];
        int knownCount = 0;
        int unknownAt = leads.size();
        for (int i = leads.size() - 1; i >= 0; i--) {
            Object value = slot < 0 ? null : leads.get(i).slot(slot);
            if (PropValues.isKnown(value)) {
                known[knownCount++] = Key.of(i, value);
            } else {
                positions[--unknownAt] = i;
            }
        }
        Arrays.sort(known, 0, knownCount, Key.ORDER);
        boolean isDate = slot >= 0 && PropKeys.isDate(slot);
        long[] dates = isDate ? new long[knownCount] : null;
        for (int k = 0; k < knownCount; k++) {
            positions[k] = known[k].position;
            if (isDate) {
                dates[k] = (long) known[k].number;
            }
        }
        return new SortedOrder(positions, knownCount, dates);
    }

    /**
     * For a date prop: the earliest date (unix seconds) at or after {@code second} that a lead has, if any.
     *
     * @throws IllegalStateException when the prop is not a date prop
     */
    OptionalLong firstDateAtLeast(long second) {
        if (dates == null) {
            throw new IllegalStateException("not a date prop");
        }
        int low = 0;
        int high = dates.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (dates[middle] < second) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < dates.length ? OptionalLong.of(dates[low]) : OptionalLong.empty();
    }

    int size() {
        return positions.length;
    }

    /** The position of the lead at {@code step} in the given direction. */
    int at(int step, boolean ascending) {
        if (ascending) {
            return positions[step];
        }
        return step < knownCount
                ? positions[knownCount - 1 - step]
                : positions[positions.length - 1 - (step - knownCount)];
    }

    /**
     * One lead's sort key; the position doubles as the id tiebreak since the leads are in id order. Dates are in
     * their slots as unix seconds, so they sort as numbers.
     */
    private record Key(int position, int kind, double number, String text) {
        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::kind)
                .thenComparingDouble(Key::number)
                .thenComparing(Key::text)
                .thenComparingInt(Key::position);

        static Key of(int position, Object value) {
            if (value instanceof Number n) {
                return new Key(position, 0, n.doubleValue(), "");
            }
            if (value instanceof Boolean b) {
                return new Key(position, 1, b ? 1 : 0, "");
            }
            return new Key(position, 2, 0, PropValues.text(value).toLowerCase(java.util.Locale.ROOT));
        }
    }
}
