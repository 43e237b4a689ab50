package app.leadbrowser.sandbox;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only view of a lead's props kept in slots ({@link PropKeys}), over a range of slots (system, event or
 * custom props, or all). Dates are kept as unix seconds ({@code Long}) and shown as ISO text.
 */
final class LeadProps extends AbstractMap<String, Object> {
    private final Object[] slots;
    private final int from;
    private final int to;

    LeadProps(Object[] slots, int from, int to) {
        this.slots = slots;
        this.from = from;
        this.to = to;
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
        return shown(slot, slots[slot]);
    }

    /** A slot's value as the API shows it: dates as ISO text. */
    static Object shown(int slot, Object value) {
        return value instanceof Long seconds && PropKeys.isDate(slot) ? IsoDates.format(seconds) : value;
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
