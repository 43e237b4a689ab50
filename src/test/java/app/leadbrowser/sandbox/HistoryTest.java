package app.leadbrowser.sandbox;

import static app.leadbrowser.sandbox.AuthAndRoutingTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.CursorPage;
import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.client.model.EventStat;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lead's events and conversations (cursor paging) and the online leads. */
class HistoryTest {
    static SandboxServer server;
    static DashlyClient client;
    static RawApi api;
    static String busyLead;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
        client = SharedSandbox.client(server);
        api = new RawApi(server);
        busyLead = server.workspace().leads().stream()
                .filter(l -> l.prop("$event_5801_count") instanceof Integer n && n > 30)
                .filter(l -> !server.workspace().conversations(l.id()).isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void eventsPageNewestFirstUntilTheCursorEnds() throws Exception {
        List<LeadEvent> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CursorPage<LeadEvent> page = client.leadEvents(busyLead, cursor, 7).execute();
            assertTrue(page.items().size() <= 7);
            walked.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(server.workspace().events(busyLead), walked);
        assertTrue(pages > 3);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < walked.size(); i++) {
            assertTrue(ids.add(walked.get(i).id()), "no event twice");
            if (i > 0) {
                assertTrue(walked.get(i - 1).created() >= walked.get(i).created(), "newest first");
            }
            assertEquals(busyLead, walked.get(i).user());
        }
    }

    @Test
    void eventsAgreeWithTheLeadsEventStats() {
        Lead lead = server.workspace().lead(busyLead).orElseThrow();
        List<LeadEvent> events = server.workspace().events(busyLead);
        for (EventStat stat : lead.events()) {
            List<LeadEvent> ofType = events.stream()
                    .filter(e -> e.type().id().equals(stat.eventType().id()))
                    .toList();
            assertEquals(stat.count(), ofType.size(), stat.eventType().name());
            assertEquals(stat.last(), ofType.get(0).created());
            assertEquals(stat.first(), ofType.get(ofType.size() - 1).created());
        }
        assertEquals(lead.events().stream().mapToLong(EventStat::count).sum(), events.size());
    }

    @Test
    void eventsFollowTheSampleShapeAndTheV2PagingParameters() {
        RawApi.Answer first = api.get("/users/" + busyLead + "/events", "paginate_count", "3");
        assertEquals(3, first.data().size());
        JsonNode event = first.data().get(0);
        for (String field : List.of("id", "created", "type", "user", "props")) {
            assertTrue(event.has(field), field);
        }
        assertTrue(event.path("type").has("visible") && event.path("id").isIntegralNumber());
        JsonNode cursor = first.meta().path("next_before_position");
        assertTrue(cursor.isArray() && cursor.size() == 1);
        assertEquals(first.data().get(2).path("id"), cursor.get(0));

        RawApi.Answer second = api.get(
                "/users/" + busyLead + "/events",
                "paginate_count",
                "3",
                "paginate_position",
                cursor.toString(),
                "paginate_direction",
                "before");
        assertTrue(second.data().get(0).path("id").asLong() < cursor.get(0).asLong());
        assertEquals(20, api.get("/users/" + busyLead + "/events").data().size(), "20 by default");

        RawApi.Answer named =
                api.get("/users/" + busyLead + "/events", "filter_name", "Viewed product", "paginate_count", "50");
        named.data()
                .forEach(e -> assertEquals(
                        "Viewed product", e.path("type").path("name").asText()));
        assertTrue(named.data().size() > 0);
    }

    @Test
    void eventPagingRulesAreValidationErrors() {
        String path = "/users/" + busyLead + "/events";
        assertError(api.get(path, "paginate_count", "0"), 400, "ValidationError");
        assertError(api.get(path, "paginate_count", "51"), 400, "ValidationError");
        assertError(api.get(path, "paginate_position", "[abc]"), 400, "ValidationError");
        assertError(api.get(path, "paginate_direction", "sideways"), 400, "ValidationError");
        assertEquals(
                "must be between 1 and 50 (was 0)",
                api.get(path, "paginate_count", "0")
                        .meta()
                        .path("error_fields")
                        .path("paginate_count")
                        .asText());
    }

    @Test
    void theLastPageHasNoCursor() {
        JsonNode meta = api.get(
                        "/users/" + busyLead + "/events",
                        "paginate_count",
                        "50",
                        "paginate_position",
                        "[" + Long.MAX_VALUE + "]")
                .meta();
        RawApi.Answer tail = api.get(
                "/users/" + busyLead + "/events",
                "paginate_count",
                "2",
                "paginate_position",
                "[" + secondOldest().id() + "]");
        assertEquals(1, tail.data().size());
        assertTrue(tail.meta().has("next_before_position"));
        assertTrue(tail.meta().path("next_before_position").isNull());
        assertFalse(meta.path("next_before_position").isNull());
    }

    private static LeadEvent secondOldest() {
        List<LeadEvent> events = server.workspace().events(busyLead);
        return events.get(events.size() - 2);
    }

    @Test
    void conversationsPageTheSameWay() {
        List<Conversation> expected = server.workspace().conversations(busyLead);
        List<String> walked = new ArrayList<>();
        String position = null;
        do {
            RawApi.Answer page = position == null
                    ? api.get("/users/" + busyLead + "/conversations", "paginate_count", "1", "id_as_string", "true")
                    : api.get(
                            "/users/" + busyLead + "/conversations",
                            "paginate_count",
                            "1",
                            "id_as_string",
                            "true",
                            "paginate_position",
                            position);
            page.data().forEach(c -> walked.add(c.path("id").asText()));
            JsonNode next = page.meta().path("next_before_position");
            position = next.isNull() ? null : next.toString();
        } while (position != null);
        assertEquals(expected.stream().map(Conversation::id).toList(), walked);
        for (int i = 1; i < expected.size(); i++) {
            assertTrue(expected.get(i - 1).lastUpdate() >= expected.get(i).lastUpdate(), "most recent first");
        }
    }

    @Test
    void theClientReadsConversations() throws Exception {
        CursorPage<Conversation> page = client.conversations(busyLead, null).execute();
        assertEquals(server.workspace().conversations(busyLead), page.items());
        assertNull(page.nextCursor());
        Conversation first = page.items().get(0);
        assertTrue(first.partLast() != null && first.partLast().body() != null);
    }

    @Test
    void activeUsersAreTheOnlineAndIdleLeads() throws Exception {
        List<LeadSummary> active = client.activeUsers().execute();
        List<String> expected = server.workspace().leads().stream()
                .filter(l -> l.presence() == Presence.ONLINE || l.presence() == Presence.IDLE)
                .map(LeadSummary::id)
                .toList();
        assertEquals(expected, active.stream().map(LeadSummary::id).toList());
        assertTrue(active.stream().anyMatch(l -> l.presence() == Presence.ONLINE));
        assertTrue(active.stream().anyMatch(l -> l.presence() == Presence.IDLE));
        assertTrue(active.get(0).props().containsKey("$last_seen"));
    }
}
