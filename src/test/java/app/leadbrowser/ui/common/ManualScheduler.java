package app.leadbrowser.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} whose clock the test moves with {@link #advance}; nothing runs until then. */
public final class ManualScheduler implements Scheduler {
    private final List<Entry> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private static final class Entry {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Entry(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Entry entry = new Entry(now.plus(delay), action);
        pending.add(entry);
        return () -> entry.cancelled = true;
    }

    /** Moves the clock on by {@code step}, running every action that falls due, in order. */
    public void advance(Duration step) {
        Duration until = now.plus(step);
        while (true) {
            Entry next = pending.stream()
                    .filter(entry -> !entry.cancelled && entry.due.compareTo(until) <= 0)
                    .min(Comparator.comparing(entry -> entry.due))
                    .orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
        pending.removeIf(entry -> entry.cancelled);
    }

    /** How many actions wait (not cancelled). */
    public long waiting() {
        return pending.stream().filter(entry -> !entry.cancelled).count();
    }
}
