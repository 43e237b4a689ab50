package app.leadbrowser.sandbox;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only view of a lead's props kept in slots ({@link PropKeys}), over a range of slots (system, event or
 * custom props, or all). Dates are kept as unix seconds ({@code Long}) and shown as ISO text; for the slots marked
 * in {@code asInstant} they are shown as {@link Instant}s instead, which {@code FilterEvaluator} reads as the same
 * date without parsing text (the list evaluates relative-date conditions over such a view).
 */
final class LeadProps extends AbstractMap<String, Object> {
    private final Object[] slots;
    private final int from;
    private final int to;
    private final boolean[] asInstant;

    LeadProps(Object[] slots, int from, int to, boolean[] asInstant) {
        this.slots = slots;
        this.from = from;
        this.to = to;
        this.asInstant = asInstant;
    }

    @Override
    public Object get(Object key) {
        int slot = key instanceof String name ? PropKeys.slot(name) : -1;
        return slot >= from && slot < to ? value(slot) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        int slot = key instanceof String name ? PropKeys.slot(name) : -1;
        return slot >= from && slot < to && slots[slot] != null;
    }

    private Object value(int slot) {
        Object value = slots[slot];
        if (value instanceof Long seconds && PropKeys.isDate(slot)) {
            return asInstant != null && asInstant[slot] ? Instant.ofEpochSecond(seconds) : IsoDates.format(seconds);
        }
        return value;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(from);

                    @Override
                    public boolean hasNext() {
                        return next < to;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= to) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>(PropKeys.name(next), value(next));
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                int size = 0;
                for (int i = from; i < to; i++) {
                    size += slots[i] == null ? 0 : 1;
                }
                return size;
            }
        };
    }

    private int advance(int slot) {
        while (slot < to && slots[slot] == null) {
            slot++;
        }
        return slot;
    }
}
