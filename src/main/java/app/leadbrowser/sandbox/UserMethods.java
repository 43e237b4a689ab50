package app.leadbrowser.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /users/{id}} and a lead's events and conversations. An unknown id is a {@code LookupError} 400. With
 * {@code by_user_id=true} the id is a User ID, and, as Dashly does, an unknown one creates a lead.
 */
final class UserMethods {
    private final DemoWorkspace workspace;

    UserMethods(DemoWorkspace workspace) {
        this.workspace = workspace;
    }

    Reply user(String id, ApiRequest request) throws ApiError {
        UserFields fields = UserFields.from(request);
        boolean typed = request.flag("convert_props_types", true);
        boolean idsAsStrings = request.flag("id_as_string", false);
        Instant now = workspace.clock().instant();
        StoredLead lead = request.flag("by_user_id", false) ? workspace.findOrCreateByUserId(id, now) : find(id);
        List<DemoSegment> segments = fields.segments() ? workspace.segmentsOf(lead, now) : List.of();
        return Reply.ok(ApiShapes.user(lead, fields, idsAsStrings, typed, segments, workspace.appId()));
    }

    /** The lead's events, newest first, paged by {@link CursorPaging}; {@code filter_name} keeps one event name. */
    Reply events(String id, ApiRequest request) throws ApiError {
        StoredLead lead = find(id);
        CursorPaging paging = CursorPaging.from(request);
        boolean idsAsStrings = request.flag("id_as_string", false);
        boolean propsAsStrings = request.flag("props_as_string", false);
        String name = request.text("filter_name");
        List<LeadHistory.Event> events = LeadHistory.events(lead).stream()
                .filter(e -> name == null || e.type().name().equals(name))
                .toList();
        CursorPaging.Page<LeadHistory.Event> page = paging.page(events, LeadHistory.Event::id, idsAsStrings);
        List<Map<String, Object>> data = page.items().stream()
                .map(e -> ApiShapes.event(e, lead.id(), idsAsStrings, !propsAsStrings))
                .toList();
        return Reply.ok(data, page.meta());
    }

    /** The lead's conversations, most recently updated first, paged by {@link CursorPaging}. */
    Reply conversations(String id, ApiRequest request) throws ApiError {
        StoredLead lead = find(id);
        CursorPaging paging = CursorPaging.from(request);
        boolean idsAsStrings = request.flag("id_as_string", false);
        CursorPaging.Page<LeadHistory.Conversation> page =
                paging.page(LeadHistory.conversations(lead), LeadHistory.Conversation::id, idsAsStrings);
        List<Map<String, Object>> data = page.items().stream()
                .map(c -> ApiShapes.conversation(c, lead.id(), idsAsStrings))
                .toList();
        return Reply.ok(data, page.meta());
    }

    private StoredLead find(String id) throws ApiError {
        return workspace.stored(id).orElseThrow(() -> ApiError.lookup("No user with id " + id));
    }
}
