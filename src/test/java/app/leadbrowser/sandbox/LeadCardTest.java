package app.leadbrowser.sandbox;

import static app.leadbrowser.sandbox.AuthAndRoutingTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.error.NotFoundException;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.client.model.Segment;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /users/{id}}: the full User object, its flags, segments, and unknown ids. */
class LeadCardTest {
    static final List<String> CARD_FLAGS = List.of(
            "props_custom",
            "props_events",
            "presence_details",
            "events",
            "segments",
            "notes",
            "tags",
            "email_status",
            "timezone_offset");

    static SandboxServer server;
    static DashlyClient client;
    static RawApi api;
    static List<LeadSummary> all;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
        client = SharedSandbox.client(server);
        api = new RawApi(server);
        all = server.workspace().leads();
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void theClientGetsTheFullUserObject() throws Exception {
        String id = onlineLeadWithNotes();
        Lead lead = client.getLead(id).execute();
        Lead expected = server.workspace().lead(id).orElseThrow();
        assertEquals(id, lead.id());
        assertEquals(expected.props(), lead.props());
        assertEquals(expected.propsCustom(), lead.propsCustom());
        assertEquals(expected.propsEvents(), lead.propsEvents());
        assertEquals(expected.events(), lead.events());
        assertEquals(expected.notes(), lead.notes());
        assertEquals(expected.tags(), lead.tags());
        assertEquals(expected.emailStatus(), lead.emailStatus());
        assertEquals(expected.segments(), lead.segments());
        assertEquals(expected.presenceDetails(), lead.presenceDetails());
        assertEquals(expected.timezoneOffset(), lead.timezoneOffset());
        assertFalse(lead.presenceDetails().isEmpty(), "an online lead has presence details");
        assertTrue(lead.presenceDetails().containsKey("url")
                && lead.presenceDetails().containsKey("page"));
        assertTrue(lead.presenceDetails().get("session_started") instanceof Number);
        assertFalse(lead.events().isEmpty());
        assertFalse(lead.notes().isEmpty());
        assertTrue(lead.notes().get(0).author().name() != null);
        assertTrue(lead.source().has("map_url")
                && lead.source().has("removed")
                && lead.source().has("user_id"));

        JsonNode raw = lead.source();
        List<String> fields = new ArrayList<>();
        raw.fieldNames().forEachRemaining(fields::add);
        assertEquals(
                List.of(
                        "id",
                        "user_id",
                        "removed",
                        "map_url",
                        "presence",
                        "presence_details",
                        "timezone_offset",
                        "email_status",
                        "props",
                        "props_custom",
                        "props_events",
                        "events",
                        "segments",
                        "notes",
                        "tags"),
                fields,
                "the fields of samples/user-object.json, in its order");
    }

    @Test
    void withoutFlagsOnlyPropsComeAmongTheOptionalFields() {
        String id = all.get(7).id();
        JsonNode data = api.get("/users/" + id).data();
        for (String flag : CARD_FLAGS) {
            assertFalse(data.has(flag), flag + " is absent unless asked for");
        }
        assertTrue(data.path("props").isObject());
        assertTrue(data.path("id").isIntegralNumber());
        JsonNode noProps = api.get("/users/" + id, "props", "false").data();
        assertFalse(noProps.has("props"));
        assertTrue(noProps.has("presence") && noProps.has("removed"));
    }

    @Test
    void eachFlagAddsItsField() {
        String id = onlineLeadWithNotes();
        for (String flag : CARD_FLAGS) {
            JsonNode data = api.get("/users/" + id, flag, "true").data();
            assertTrue(data.has(flag), flag);
        }
    }

    @Test
    void propsAreStringsWhenConvertPropsTypesIsFalse() {
        String id = all.get(3).id();
        JsonNode data = api.get("/users/" + id, "convert_props_types", "false", "props_custom", "true")
                .data();
        data.path("props")
                .forEach(v -> assertTrue(v.isTextual(), data.path("props").toString()));
        data.path("props_custom")
                .forEach(
                        v -> assertTrue(v.isTextual(), data.path("props_custom").toString()));
    }

    @Test
    void segmentsFollowTheirOwnFilters() throws Exception {
        List<Segment> segments = server.workspace().segments();
        assertTrue(segments.size() >= 8);
        for (Segment segment : segments) {
            assertTrue(segment.filters().startsWith("["), "the older bare-array form, as a JSON string");
        }
        Instant now = server.clock().instant();
        for (LeadSummary summary : all.subList(0, 40)) {
            Lead lead = client.getLead(summary.id()).execute();
            Set<String> member =
                    Set.copyOf(lead.segments().stream().map(Segment::id).toList());
            for (Segment segment : segments) {
                boolean matches = FilterEvaluator.matches(segment.filter(), summary.props(), now);
                assertEquals(matches, member.contains(segment.id()), segment.name() + " for " + summary.id());
            }
        }
    }

    @Test
    void anUnknownUserIsALookupError() {
        assertError(api.get("/users/123"), 400, "LookupError");
        assertError(api.get("/users/not-a-number"), 400, "LookupError");
        assertError(api.get("/users/123/events"), 400, "LookupError");
        assertError(api.get("/users/123/conversations"), 400, "LookupError");
        assertThrows(NotFoundException.class, () -> client.getLead("123").execute());
    }

    @Test
    void leadsWithAUserIdKeepItInTheirProps() {
        long withUserId = all.stream().filter(l -> l.prop("$user_id") != null).count();
        assertTrue(withUserId > all.size() / 4);
        String id = all.stream()
                .filter(l -> l.prop("$user_id") != null)
                .findFirst()
                .orElseThrow()
                .id();
        JsonNode data = api.get("/users/" + id).data();
        assertEquals(
                data.path("user_id").asText(),
                data.path("props").path("$user_id").asText());
    }

    @Test
    void removedLeadsCarryTheirRemovalDate() {
        List<String> removed = server.workspace().removedLeadIds();
        assertTrue(removed.size() > 10, "some merged or GDPR-deleted leads");
        Lead lead = server.workspace().lead(removed.get(0)).orElseThrow();
        assertTrue(lead.removedAt().isPresent());
        assertTrue(all.stream().anyMatch(l -> l.id().equals(removed.get(0))), "removed leads stay in the list");
        assertNull(server.workspace().lead(onlineLeadWithNotes()).orElseThrow().removed());
    }

    private static String onlineLeadWithNotes() {
        return all.stream()
                .filter(l -> l.presence() == Presence.ONLINE)
                .map(l -> server.workspace().lead(l.id()).orElseThrow())
                .filter(l -> !l.notes().isEmpty() && !l.events().isEmpty() && l.emailStatus() != null)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
