package app.leadbrowser.client.deep;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.model.LeadSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Pages of a listing read through with one cursor, for where windows cannot be mapped (groups combined, an OR
 * filter distributed, more than a window of missing values): a later page goes on from the last one, and the
 * last {@value #KEPT} leads read are kept, so that the page before, or the same page asked again after a cancel,
 * costs no request. A page further back starts a new cursor.
 */
final class ReadThrough implements AutoCloseable {
    static final int KEPT = 1_000;

    private final Supplier<DeepCursor> cursors;
    private final List<LeadSummary> recent = new ArrayList<>();
    private volatile DeepCursor cursor;
    /** How many leads the cursor gave: the place after the last of {@link #recent}. */
    private int read;

    ReadThrough(Supplier<DeepCursor> cursors) {
        this.cursors = cursors;
    }

    /** The leads at {@code offset}.., at most {@code limit}; fewer at the end. */
    List<LeadSummary> page(int offset, int limit) throws ApiException {
        if (cursor == null || offset < read - recent.size()) {
            close();
            cursor = cursors.get();
            read = 0;
            recent.clear();
        }
        while (read < offset + limit) {
            LeadSummary lead = cursor.next();
            if (lead == null) {
                break;
            }
            read++;
            recent.add(lead);
            if (recent.size() > 2 * KEPT) {
                recent.subList(0, recent.size() - KEPT).clear();
            }
        }
        int first = read - recent.size();
        return List.copyOf(recent.subList(
                Math.min(recent.size(), Math.max(0, offset - first)), Math.min(recent.size(), offset + limit - first)));
    }

    /** The cursor reading, null before the first page. */
    DeepCursor cursor() {
        return cursor;
    }

    /** Aborts the page being read; after {@link #resume()} the next one goes on from where this one stopped. */
    void cancel() {
        DeepCursor current = cursor;
        if (current != null) {
            current.cancel();
        }
    }

    /** Takes requests again after {@link #cancel()}. */
    void resume() {
        DeepCursor current = cursor;
        if (current != null) {
            current.resume();
        }
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
