package app.leadbrowser.sandbox;

import app.leadbrowser.client.Json;
import app.leadbrowser.sandbox.StoredLead.Admin;
import app.leadbrowser.sandbox.StoredLead.EventCount;
import app.leadbrowser.sandbox.StoredLead.MailStatus;
import app.leadbrowser.sandbox.StoredLead.StoredNote;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the answers, as plain maps and lists in the samples' field order. Primary keys come as
 * numbers, or as strings with {@code id_as_string=true}; with {@code convert_props_types=false} every prop value is
 * a string (a list as its JSON text).
 */
final class ApiShapes {
    private ApiShapes() {}

    static Object id(long id, boolean asString) {
        return asString ? Long.toString(id) : id;
    }

    /** A lead as the leads list and activeusers give it: {@code {id, presence, props}}. */
    static Map<String, Object> summary(StoredLead lead, boolean idsAsStrings, boolean typed) {
        Map<String, Object> json = new LinkedHashMap<>(4);
        json.put("id", id(lead.id(), idsAsStrings));
        json.put("presence", lead.presence().wireName());
        json.put("props", props(lead.listProps(), typed));
        return json;
    }

    /** The User object of {@code GET /users/{id}} with the fields asked for. */
    static Map<String, Object> user(
            StoredLead lead,
            UserFields fields,
            boolean idsAsStrings,
            boolean typed,
            List<DemoSegment> segments,
            String appId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(lead.id(), idsAsStrings));
        json.put("user_id", lead.userId());
        json.put("removed", lead.removed());
        json.put("map_url", lead.mapUrl());
        json.put("presence", lead.presence().wireName());
        if (fields.presenceDetails()) {
            json.put("presence_details", props(lead.presenceDetails(), typed));
        }
        if (fields.timezoneOffset()) {
            json.put("timezone_offset", lead.timezoneOffset());
        }
        if (fields.emailStatus()) {
            json.put("email_status", emailStatus(lead.emailStatus(), idsAsStrings, appId));
        }
        if (fields.props()) {
            json.put("props", props(lead.props(), typed));
        }
        if (fields.propsCustom()) {
            json.put("props_custom", props(lead.propsCustom(), typed));
        }
        if (fields.propsEvents()) {
            json.put("props_events", props(lead.propsEvents(), typed));
        }
        if (fields.events()) {
            json.put(
                    "events",
                    lead.events().stream().map(e -> eventStat(e, idsAsStrings)).toList());
        }
        if (fields.segments()) {
            json.put(
                    "segments",
                    segments.stream().map(s -> segment(s, idsAsStrings)).toList());
        }
        if (fields.notes()) {
            json.put(
                    "notes",
                    lead.notes().stream().map(n -> note(n, idsAsStrings)).toList());
        }
        if (fields.tags()) {
            json.put("tags", lead.tags());
        }
        return json;
    }

    static Map<String, Object> props(Map<String, Object> props, boolean typed) {
        if (typed) {
            return props;
        }
        Map<String, Object> strings = new LinkedHashMap<>(props.size() * 2);
        props.forEach((name, value) -> strings.put(name, asString(value)));
        return strings;
    }

    private static String asString(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Collection<?>) {
            try {
                return Json.mapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }

    static Map<String, Object> admin(Admin admin, boolean idsAsStrings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(admin.id(), idsAsStrings));
        json.put("name", admin.name());
        json.put("avatar", admin.avatar());
        json.put("type", admin.type());
        return json;
    }

    private static Map<String, Object> emailStatus(MailStatus status, boolean idsAsStrings, String appId) {
        if (status == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(status.id(), idsAsStrings));
        json.put("app", id(Long.parseLong(appId), idsAsStrings));
        json.put("status", status.status());
        json.put("updated", status.updated());
        return json;
    }

    private static Map<String, Object> eventStat(EventCount stat, boolean idsAsStrings) {
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("id", id(stat.type().id(), idsAsStrings));
        type.put("name", stat.type().name());
        type.put("score", stat.type().score());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event_type", type);
        json.put("count", stat.count());
        json.put("first", stat.first());
        json.put("last", stat.last());
        return json;
    }

    static Map<String, Object> eventType(DemoEventType type, boolean idsAsStrings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(type.id(), idsAsStrings));
        json.put("name", type.name());
        json.put("score", type.score());
        json.put("visible", type.visible());
        return json;
    }

    private static Map<String, Object> segment(DemoSegment segment, boolean idsAsStrings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(segment.id(), idsAsStrings));
        json.put("name", segment.name());
        json.put("filters", segment.filtersJson());
        return json;
    }

    private static Map<String, Object> note(StoredNote note, boolean idsAsStrings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(note.id(), idsAsStrings));
        json.put("author", admin(note.author(), idsAsStrings));
        json.put("body", note.body());
        json.put("created", note.created());
        return json;
    }

    /** An event of {@code GET /users/{id}/events}: {@code {id, created, type, user, props}}. */
    static Map<String, Object> event(LeadHistory.Event event, long leadId, boolean idsAsStrings, boolean typed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(event.id(), idsAsStrings));
        json.put("created", event.created());
        json.put("type", eventType(event.type(), idsAsStrings));
        json.put("user", id(leadId, idsAsStrings));
        json.put("props", props(event.props(), typed));
        return json;
    }

    /** A conversation of {@code GET /users/{id}/conversations}. */
    static Map<String, Object> conversation(LeadHistory.Conversation c, long leadId, boolean idsAsStrings) {
        Map<String, Object> from;
        if (c.lastFrom() == null) {
            from = new LinkedHashMap<>();
            from.put("id", id(leadId, idsAsStrings));
            from.put("type", "user");
        } else {
            from = admin(c.lastFrom(), idsAsStrings);
        }
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("body", c.lastBody());
        last.put("type", c.lastFrom() == null ? "reply_user" : "reply_admin");
        last.put("created", c.lastUpdate());
        last.put("from", from);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id(c.id(), idsAsStrings));
        json.put("created", c.created());
        json.put("closed", c.closed());
        json.put("read", c.read());
        json.put("replied", c.replied());
        json.put("type", c.type());
        json.put("tags", c.tags());
        json.put("parts_count", c.partsCount());
        json.put("part_last", last);
        json.put("assignee", c.assignee() == null ? null : admin(c.assignee(), idsAsStrings));
        json.put("last_update", c.lastUpdate());
        return json;
    }

    /** A list of summaries, e.g. a page of the leads list. */
    static List<Map<String, Object>> summaries(List<StoredLead> leads, boolean idsAsStrings, boolean typed) {
        List<Map<String, Object>> list = new ArrayList<>(leads.size());
        leads.forEach(lead -> list.add(summary(lead, idsAsStrings, typed)));
        return list;
    }
}
