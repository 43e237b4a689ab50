package app.leadbrowser.client.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.Samples;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every sample response of the API docs decodes, and its values come out right. */
class SamplesDecodeTest {

    private static JsonNode data(String file) throws Exception {
        return Json.mapper().readTree(Samples.read(file)).get("data");
    }

    @Test
    void userObject() throws Exception {
        for (String file : List.of("user-object.json", "user-object-events-map.json")) {
            JsonNode data = data(file);
            Lead lead = Json.mapper().treeToValue(data, Lead.class).withSource(data);
            assertEquals("15131846", lead.id());
            assertEquals("54784", lead.userId());
            assertEquals(Presence.ONLINE, lead.presence());
            assertTrue(lead.removedAt().isEmpty());
            assertNull(lead.mapUrl());
            assertNull(lead.timezoneOffset());
            assertNull(lead.emailStatus());
            assertEquals(Map.of("$name", "Maksim"), lead.props());
            assertEquals(Map.of("project_key", "new-5832-44"), lead.propsCustom());
            assertEquals(Map.of("$event_123_first", "2015-10-31T14:51:33"), lead.propsEvents());
            assertEquals(1, lead.events().size(), file);
            EventStat stat = lead.events().get(0);
            assertEquals(new EventType("7322", "My Event", 12, null), stat.eventType());
            assertEquals(21, stat.count());
            assertEquals(Instant.ofEpochSecond(1441105717), stat.firstAt());
            assertEquals(Instant.ofEpochSecond(1448976199), stat.lastAt());
            Segment segment = lead.segments().get(0);
            assertEquals("segment-reg", segment.name());
            assertEquals(
                    Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS)),
                    segment.filter());
            Note note = lead.notes().get(0);
            assertEquals("Cool, bro!", note.body());
            assertEquals("Maks", note.author().name());
            assertEquals("admin", note.author().type());
            assertEquals(Instant.ofEpochSecond(1442675162), note.createdAt());
            assertEquals(List.of(), lead.tags());
            assertEquals(data, lead.source(), "nothing dropped: the source is kept whole");
        }
    }

    @Test
    void idAsNumberKeepsAll64Bits() throws Exception {
        Lead lead = Json.mapper().treeToValue(data("user-id-as-number.json"), Lead.class);
        assertEquals("1448121617782670208", lead.id());
        assertEquals(Presence.IDLE, lead.presence());
        assertNull(lead.userId());
    }

    @Test
    void usersListTypedAndAsStrings() throws Exception {
        for (String file : List.of("users-list.json", "users-list-strings.json")) {
            JsonNode data = data(file);
            assertEquals(245, data.get("total").asLong());
            LeadSummary lead = Json.mapper().treeToValue(data.get("users").get(0), LeadSummary.class);
            assertEquals("3568", lead.id());
            assertEquals(Presence.OFFLINE, lead.presence());
            assertEquals(
                    4,
                    PropValues.number(lead.prop("$event_18_count"))
                            .orElseThrow()
                            .intValue());
            assertEquals(
                    1, PropValues.number(lead.prop("$sessions")).orElseThrow().intValue());
            assertEquals(
                    Instant.parse("2014-06-17T08:56:03Z"),
                    PropValues.instant(lead.prop("$last_seen")).orElseThrow());
        }
        LeadSummary strings = Json.mapper()
                .treeToValue(data("users-list-strings.json").get("users").get(0), LeadSummary.class);
        assertEquals("4", strings.prop("$event_18_count"));
        assertTrue(strings.props().values().stream().allMatch(v -> v instanceof String));
    }

    @Test
    void emailStatus() throws Exception {
        EmailStatus status = Json.mapper().readValue(Samples.read("emailstatus-object.json"), EmailStatus.class);
        assertEquals("954", status.id());
        assertEquals("123", status.app());
        assertEquals("confirmed", status.status());
        assertTrue(status.receivesEmail());
        assertEquals("2018-11-20T09:25:28.661001+03:00", status.updated());
    }

    @Test
    void events() throws Exception {
        JsonNode root = Json.mapper().readTree(Samples.read("user-events.json"));
        assertEquals("[7936756]", root.get("meta").get("next_before_position").toString());
        LeadEvent event = Json.mapper().treeToValue(root.get("data").get(0), LeadEvent.class);
        assertEquals("335704586", event.id());
        assertEquals("MyEvent", event.type().name());
        assertEquals(Boolean.TRUE, event.type().visible());
        assertEquals("22735768", event.user());
        assertEquals(Map.of("App", "Eva99"), event.props());
        assertEquals(Instant.ofEpochSecond(1467192929), event.createdAt());

        LeadEvent single = Json.mapper().readValue(Samples.read("event-object.json"), LeadEvent.class);
        assertEquals("Order Created", single.type().name());
        assertEquals(10, single.props().get("x"));
        assertEquals("Hello", single.props().get("y"));
    }

    @Test
    void errorEnvelope() throws Exception {
        JsonNode meta =
                Json.mapper().readTree(Samples.read("error-bad-request.json")).get("meta");
        assertEquals(400, meta.get("status").asInt());
        assertEquals("BadRequest", meta.get("error").asText());
        assertTrue(Json.mapper()
                .readTree(Samples.read("error-bad-request.json"))
                .get("data")
                .isEmpty());
    }

    @Test
    void tagsAsStringsOrObjects() throws Exception {
        Lead lead = Json.mapper()
                .readValue("{\"id\":1,\"tags\":[\"vip\",{\"tag\":\"beta\"},{\"name\":\"churn-risk\"}]}", Lead.class);
        assertEquals(List.of("vip", "beta", "churn-risk"), lead.tags());
    }
}
