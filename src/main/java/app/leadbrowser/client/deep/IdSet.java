package app.leadbrowser.client.deep;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids a listing gave, to drop a lead met again, held small so that a long export's memory stays flat: ids are
 * unsigned 64-bit numbers sent as text, so a number's id takes 8 bytes in an open-addressing table (about 16 with its
 * free slots) instead of a string in a hash set (about 100). An id that is not a number written plainly (no sign, no
 * leading zero) is kept as text, as it came.
 */
final class IdSet {
    private static final int MAX_DIGITS = 20;

    private long[] slots = new long[1 << 10];
    private int numbers;
    /** 0 marks a free slot, so the id 0 is kept apart. */
    private boolean zero;

    private final Set<String> texts = new HashSet<>();

    /** Adds {@code id}; false when it was there already. */
    boolean add(String id) {
        if (!isPlainNumber(id)) {
            return texts.add(id);
        }
        long value;
        try {
            value = Long.parseUnsignedLong(id);
        } catch (NumberFormatException beyond64Bits) {
            return texts.add(id);
        }
        if (value == 0) {
            boolean added = !zero;
            zero = true;
            return added;
        }
        if (2 * (numbers + 1) > slots.length) {
            grow();
        }
        boolean added = put(slots, value);
        if (added) {
            numbers++;
        }
        return added;
    }

    private static boolean put(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            if (table[i] == value) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = value;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long value : old) {
            if (value != 0) {
                put(slots, value);
            }
        }
    }

    private static int slot(long value, int mask) {
        long mixed = value * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    private static boolean isPlainNumber(String id) {
        if (id.isEmpty() || id.length() > MAX_DIGITS || id.length() > 1 && id.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
