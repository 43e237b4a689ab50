package app.leadbrowser.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The v2 paging of a lead's events and conversations: {@code paginate_count} 1..50 (default 20),
 * {@code paginate_direction=before} (the only direction; it is also the default), and {@code paginate_position}, a
 * JSON array holding the id of the last item seen (e.g. {@code [7936756]}; a bare number or a numeric string inside
 * is accepted too). The answer's {@code meta.next_before_position} is the next cursor, or null at the end. Items
 * come newest first and ids fall along the list, so "before" means "id below the position".
 */
record CursorPaging(int count, Long before) {
    static final int MAX_COUNT = 50;
    static final int DEFAULT_COUNT = 20;

    static CursorPaging from(ApiRequest request) throws ApiError {
        long count = request.number("paginate_count", DEFAULT_COUNT);
        if (count < 1 || count > MAX_COUNT) {
            throw ApiError.validation("paginate_count", "must be between 1 and " + MAX_COUNT + " (was " + count + ")");
        }
        String direction = request.text("paginate_direction");
        if (direction != null && !direction.equals("before")) {
            throw ApiError.validation("paginate_direction", "must be \"before\" (was \"" + direction + "\")");
        }
        String position = request.text("paginate_position");
        return new CursorPaging((int) count, position == null ? null : parsePosition(position));
    }

    private static long parsePosition(String text) throws ApiError {
        String inner = text.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1).strip();
        }
        if (inner.startsWith("\"") && inner.endsWith("\"") && inner.length() >= 2) {
            inner = inner.substring(1, inner.length() - 1);
        }
        try {
            return Long.parseLong(inner);
        } catch (NumberFormatException e) {
            throw ApiError.validation(
                    "paginate_position", "must be a JSON array holding an id, like [7936756] (was " + text + ")");
        }
    }

    /** The page of {@code newestFirst} after the position, and the meta that points to the next one. */
    <T> Page<T> page(List<T> newestFirst, ToLongFunction<T> id, boolean idsAsStrings) {
        List<T> items = new ArrayList<>(count);
        boolean more = false;
        for (T item : newestFirst) {
            if (before != null && id.applyAsLong(item) >= before) {
                continue;
            }
            if (items.size() == count) {
                more = true;
                break;
            }
            items.add(item);
        }
        Object next =
                more ? Arrays.asList(ApiShapes.id(id.applyAsLong(items.get(items.size() - 1)), idsAsStrings)) : null;
        Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("next_before_position", next);
        return new Page<>(items, meta);
    }

    /** One page and the meta fields that go with it. */
    record Page<T>(List<T> items, Map<String, Object> meta) {}
}
