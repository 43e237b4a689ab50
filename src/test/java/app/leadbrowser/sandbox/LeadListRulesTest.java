package app.leadbrowser.sandbox;

import static app.leadbrowser.sandbox.AuthAndRoutingTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The leads list's parameters: limit, offset, the 10,000 cap, sort, filters parsing, prop types and ids. */
class LeadListRulesTest {
    static SandboxServer server;
    static RawApi api;
    static String users;
    static List<LeadSummary> all;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
        api = new RawApi(server);
        users = "/apps/" + server.appId() + "/users";
        all = server.workspace().leads();
    }

    @Test
    void defaultsAreTwentyLeadsFromOffsetZero() {
        RawApi.Answer answer = api.get(users);
        assertEquals(20, answer.data().path("users").size());
        assertEquals(server.workspace().size(), answer.data().path("total").asInt());
        JsonNode first = answer.data().path("users").get(0);
        assertEquals(List.of("id", "presence", "props"), fieldNames(first));
    }

    @Test
    void limitOutsideOneToFiftyIsAValidationErrorNamingLimit() {
        for (String limit : List.of("0", "51", "-3", "many")) {
            RawApi.Answer answer = api.get(users, "limit", limit);
            assertError(answer, 400, "ValidationError");
            assertTrue(
                    answer.meta().path("error_fields").path("limit").isTextual(),
                    answer.body().toString());
        }
        assertEquals(50, api.get(users, "limit", "50").data().path("users").size());
        assertEquals(1, api.get(users, "limit", "1").data().path("users").size());
    }

    @Test
    void aNegativeOffsetIsAValidationError() {
        RawApi.Answer answer = api.get(users, "offset", "-1");
        assertError(answer, 400, "ValidationError");
        assertTrue(answer.meta().path("error_fields").path("offset").isTextual());
    }

    @Test
    void offsetPlusLimitAboveTenThousandIsAValidationErrorNamingTheCap() {
        RawApi.Answer over = api.get(users, "offset", "9951", "limit", "50");
        assertError(over, 400, "ValidationError");
        assertTrue(over.meta().path("error_fields").path("offset").asText().contains("10000"));
        assertTrue(over.meta().path("error_message").asText().contains("offset + limit"));

        assertError(
                api.get(users, "offset", Long.toString(Long.MAX_VALUE - 10), "limit", "50"), 400, "ValidationError");

        RawApi.Answer edge = api.get(users, "offset", "9950", "limit", "50");
        assertEquals(200, edge.status());
        assertEquals(50, edge.data().path("users").size(), "12,000 leads: the 10,000th is still reachable");
        assertEquals(server.workspace().size(), edge.data().path("total").asInt());
    }

    @Test
    void anUnknownSortOrderIsAValidationError() {
        RawApi.Answer answer = api.get(users, "sort_order", "up");
        assertError(answer, 400, "ValidationError");
        assertTrue(answer.meta().path("error_fields").path("sort_order").isTextual());
    }

    @Test
    void unreadableFiltersAreBadRequests() {
        List<String> bad = List.of(
                "{not json",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$name\",\"type\":\"sounds_like\",\"value\":{}}]}",
                "{\"type\":\"and\",\"filters\":[{\"type\":\"or\",\"filters\":[]}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$sessions\",\"type\":\"gt\",\"value\":{\"value\":\"many\"}}]}",
                "{\"type\":\"xor\",\"filters\":[]}",
                "[{\"property_name\":\"$last_seen\",\"type\":\"daysless\",\"value\":{\"value\":9000000000000000,\"unit\":\"weeks\"}}]",
                "42");
        for (String filters : bad) {
            RawApi.Answer answer = api.get(users, "filters", filters);
            assertError(answer, 400, "BadRequest");
            assertTrue(answer.meta().path("error_message").asText().startsWith("filters:"), filters);
        }
    }

    @Test
    void lenientFilterFormsAreAccepted() {
        String segmentForm =
                "[{\"property_name\":\"$last_seen\",\"cls\":\"dt\",\"type\":\"daysless\",\"value\":{\"value\":\"30\"}}]";
        String documented = "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$last_seen\",\"type\":\"daysless\","
                + "\"value\":{\"value\":30,\"unit\":\"days\"}}]}";
        String doubleEncoded = "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$last_seen\",\"type\":\"daysless\","
                + "\"value\":\"{\\\"value\\\":30,\\\"unit\\\":\\\"days\\\"}\"}]}";
        int total = api.get(users, "filters", documented).data().path("total").asInt();
        assertTrue(total > 0 && total < server.workspace().size());
        assertEquals(
                total,
                api.get(users, "filters", segmentForm).data().path("total").asInt());
        assertEquals(
                total,
                api.get(users, "filters", doubleEncoded).data().path("total").asInt());
        String single = "{\"property_name\":\"$name\",\"type\":\"known\",\"value\":\"\"}";
        assertEquals(200, api.get(users, "filters", single).status());
        assertEquals(
                server.workspace().size(),
                api.get(users, "filters", "").data().path("total").asInt());
    }

    @Test
    void convertPropsTypesFalseGivesEveryPropValueAsAString() {
        RawApi.Answer answer = api.get(users, "limit", "50", "convert_props_types", "false");
        int checked = 0;
        for (JsonNode user : answer.data().path("users")) {
            for (JsonNode value : iterable(user.path("props"))) {
                assertTrue(value.isTextual(), "every value is a string: " + user.path("props"));
                checked++;
            }
            assertTrue(user.path("props").path("$sessions").asText().matches("\\d+"));
        }
        assertTrue(checked > 500);
        RawApi.Answer typed = api.get(users, "limit", "50");
        assertTrue(typed.data()
                .path("users")
                .get(0)
                .path("props")
                .path("$sessions")
                .isInt());
    }

    @Test
    void idsAreNumbersUnlessIdAsStringIsTrue() {
        JsonNode asNumber =
                api.get(users, "limit", "5").data().path("users").get(0).path("id");
        JsonNode asString = api.get(users, "limit", "5", "id_as_string", "true")
                .data()
                .path("users")
                .get(0)
                .path("id");
        assertTrue(asNumber.isIntegralNumber());
        assertTrue(asString.isTextual());
        assertEquals(new BigInteger(asString.asText()), asNumber.bigIntegerValue(), "the same 64-bit id, exactly");
        assertTrue(asNumber.asLong() > (1L << 53), "ids are beyond a double's exact range");
        assertTrue(all.stream().anyMatch(l -> l.id().equals(asString.asText())));
    }

    @Test
    void sortsDescendingByLastSeenByDefault() {
        assertEquals(expectedOrder("$last_seen", false).subList(0, 50), ids(api.get(users, "limit", "50")));
    }

    @Test
    void sortsByAnyPropBothWaysWithUnknownValuesLastAndTiesById() {
        for (String prop : List.of("$name", "orders", "subscribed", "$event_5803_last")) {
            for (boolean ascending : List.of(true, false)) {
                List<String> expected = expectedOrder(prop, ascending);
                List<String> firstPage =
                        ids(api.get(users, "limit", "50", "sort_prop", prop, "sort_order", ascending ? "asc" : "desc"));
                assertEquals(expected.subList(0, 50), firstPage, prop + (ascending ? " asc" : " desc"));
                int lastOffset = 9950;
                List<String> deepPage = ids(api.get(
                        users,
                        "limit",
                        "50",
                        "offset",
                        Integer.toString(lastOffset),
                        "sort_prop",
                        prop,
                        "sort_order",
                        ascending ? "asc" : "desc"));
                assertEquals(expected.subList(lastOffset, lastOffset + 50), deepPage, prop + " deep page");
            }
        }
    }

    @Test
    void sortingByAPropNoLeadHasOrdersByIdAlone() {
        List<String> desc = ids(api.get(users, "limit", "50", "sort_prop", "no_such_prop"));
        List<String> allIds =
                server.workspace().leads().stream().map(LeadSummary::id).toList();
        List<String> reversed = new ArrayList<>(allIds);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed.subList(0, 50), desc);
        List<String> asc = ids(api.get(users, "limit", "50", "sort_prop", "no_such_prop", "sort_order", "asc"));
        assertEquals(allIds.subList(0, 50), asc);
    }

    /**
     * The order the docs and our choices describe, computed independently of the server's code: known values
     * first (numbers by value, booleans false first, text by lower-case text; ISO dates therefore by time), then
     * unknown; ties by id; descending reverses both parts.
     */
    static List<String> expectedOrder(String prop, boolean ascending) {
        List<SortKey> known = new ArrayList<>();
        List<SortKey> unknown = new ArrayList<>();
        for (LeadSummary lead : all) {
            Object value = lead.prop(prop);
            (PropValues.isKnown(value) ? known : unknown).add(SortKey.of(lead.id(), value));
        }
        Comparator<SortKey> byId = Comparator.comparingLong(SortKey::id);
        Comparator<SortKey> order = SortKey.BY_VALUE.thenComparing(byId);
        known.sort(ascending ? order : order.reversed());
        unknown.sort(ascending ? byId : byId.reversed());
        List<String> ids = new ArrayList<>();
        known.forEach(k -> ids.add(Long.toString(k.id())));
        unknown.forEach(k -> ids.add(Long.toString(k.id())));
        return ids;
    }

    /** A lead's value for sorting: numbers, booleans (as 0/1, after numbers), or lower-case text (after both). */
    private record SortKey(long id, int kind, double number, String text) {
        static final Comparator<SortKey> BY_VALUE = Comparator.comparingInt(SortKey::kind)
                .thenComparingDouble(SortKey::number)
                .thenComparing(SortKey::text);

        static SortKey of(String id, Object value) {
            long key = Long.parseLong(id);
            if (value instanceof Number n) {
                return new SortKey(key, 0, n.doubleValue(), "");
            }
            if (value instanceof Boolean b) {
                return new SortKey(key, 1, b ? 1 : 0, "");
            }
            return new SortKey(key, 2, 0, PropValues.text(value).toLowerCase(java.util.Locale.ROOT));
        }
    }

    static List<String> ids(RawApi.Answer answer) {
        assertEquals(200, answer.status(), answer.body().toString());
        List<String> ids = new ArrayList<>();
        answer.data().path("users").forEach(u -> ids.add(u.path("id").asText()));
        assertFalse(ids.isEmpty());
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Iterable<JsonNode> iterable(JsonNode object) {
        List<JsonNode> values = new ArrayList<>();
        object.fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> values.add(e.getValue()));
        return values;
    }
}
