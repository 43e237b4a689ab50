package app.leadbrowser.client;

import java.util.List;

/**
 * A page of a cursor-paged list (a lead's events or conversations). {@code nextCursor} is what to send to get
 * the next (older) page, as the JSON text the API gave; null at the end.
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public CursorPage {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
