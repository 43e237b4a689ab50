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
        Instant now = Instant.now();
        StoredLead lead = request.flag("by_user_id", false) ? workspace.findOrCreateByUserId(id, now) : find(id);
        List<DemoSegment> segments = fields.segments() ? workspace.segmentsOf(lead, now) : List.of();
        return Reply.ok(ApiShapes.user(lead, fields, idsAsStrings, typed, segments, workspace.appId()));
    }

    Reply events(String id, ApiRequest request) throws ApiError {
        find(id);
        return Reply.ok(List.of(), Map.of());
    }

    Reply conversations(String id, ApiRequest request) throws ApiError {
        find(id);
        return Reply.ok(List.of(), Map.of());
    }

    private StoredLead find(String id) throws ApiError {
        return workspace.stored(id).orElseThrow(() -> ApiError.lookup("No user with id " + id));
    }
}
