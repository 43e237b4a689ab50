package app.leadbrowser.sandbox;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.model.Presence;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /apps/{app}/users} (the leads list) and {@code GET /apps/{app}/activeusers}.
 *
 * <p>List rules (dashly-api.md): {@code limit} 1..50 (default 20), {@code offset} ≥ 0, {@code offset + limit} ≤
 * 10,000, {@code sort_order} asc/desc, each broken rule a {@code ValidationError} naming the field; an unreadable
 * {@code filters} (bad JSON, unknown condition type, wrong value shape, nested group) a {@code BadRequest}.
 * Filters are read by the client's {@code FilterJson} and evaluated by its {@code FilterEvaluator}, the same code
 * the client explains with.
 */
final class LeadsMethods {
    static final int MAX_LIMIT = 50;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_WINDOW = 10_000;
    static final String DEFAULT_SORT_PROP = "$last_seen";

    private final DemoWorkspace workspace;

    LeadsMethods(DemoWorkspace workspace) {
        this.workspace = workspace;
    }

    Reply list(ApiRequest request) throws ApiError {
        long limit = request.number("limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.validation("limit", "must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        long offset = request.number("offset", 0);
        if (offset < 0) {
            throw ApiError.validation("offset", "must not be negative (was " + offset + ")");
        }
        if (offset > MAX_WINDOW - limit) {
            throw ApiError.validation(
                    "offset",
                    "offset + limit must not exceed " + MAX_WINDOW + " (was " + (offset + limit)
                            + "): the list cannot reach past its " + MAX_WINDOW + "th lead");
        }
        boolean ascending = ascending(request);
        String sortProp = request.text("sort_prop") == null ? DEFAULT_SORT_PROP : request.text("sort_prop");
        boolean typed = request.flag("convert_props_types", true);
        boolean idsAsStrings = request.flag("id_as_string", false);
        Filter filter = filter(request.text("filters"), workspace.clock().instant());

        DemoWorkspace.ListResult result = workspace.list(
                filter,
                sortProp,
                ascending,
                (int) offset,
                (int) limit,
                workspace.clock().instant());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total", result.total());
        data.put("users", ApiShapes.summaries(result.page(), idsAsStrings, typed));
        return Reply.ok(data);
    }

    /** The leads on the site now (online or idle), shaped like the leads list's users. */
    Reply active(ApiRequest request) throws ApiError {
        boolean typed = request.flag("convert_props_types", true);
        boolean idsAsStrings = request.flag("id_as_string", false);
        List<StoredLead> online = workspace.storedLeads().stream()
                .filter(lead -> lead.presence() == Presence.ONLINE || lead.presence() == Presence.IDLE)
                .toList();
        return Reply.ok(ApiShapes.summaries(online, idsAsStrings, typed));
    }

    private static boolean ascending(ApiRequest request) throws ApiError {
        String order = request.text("sort_order");
        if (order == null || order.equals("desc")) {
            return false;
        }
        if (order.equals("asc")) {
            return true;
        }
        throw ApiError.validation("sort_order", "must be asc or desc (was \"" + order + "\")");
    }

    private static Filter filter(String json, Instant now) throws ApiError {
        if (json == null) {
            return Filter.all();
        }
        Filter filter;
        try {
            filter = FilterJson.read(json);
        } catch (FilterFormatException e) {
            throw ApiError.badRequest("filters: " + e.getMessage());
        }
        for (Condition condition : filter.conditions()) {
            if (condition instanceof Condition.RelativeDate relative) {
                try {
                    now.minus(relative.unit().times(relative.amount()));
                } catch (ArithmeticException | DateTimeException e) {
                    throw ApiError.badRequest("filters: " + relative.property() + " "
                            + relative.operator().wireName() + ": " + relative.amount() + " "
                            + relative.unit().wireName() + " is too far back");
                }
            }
        }
        return filter;
    }
}
