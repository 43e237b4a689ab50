package app.leadbrowser.client.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterJsonTest {

    static Stream<Path> sampleFilters() {
        return Samples.filterFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFilters")
    void everySampleReadsAndWritesBackInTheDocumentedForm(Path file) throws Exception {
        JsonNode original = Json.mapper().readTree(Files.readString(file));
        Filter filter = FilterJson.read(original);
        JsonNode written = Json.mapper().readTree(FilterJson.write(filter));

        JsonNode expected = documentedForm(original);
        assertEquals(expected, written);
        assertEquals(filter, FilterJson.read(FilterJson.write(filter)), "reads back equal");
    }

    /** The object form of a sample: a single condition becomes an AND of one; the segment form loses cls. */
    private static JsonNode documentedForm(JsonNode sample) throws Exception {
        if (sample.isArray()) {
            return Json.mapper()
                    .readTree("{\"type\":\"and\",\"filters\":[{\"property_name\":\"$last_seen\","
                            + "\"type\":\"daysless\",\"value\":{\"value\":30,\"unit\":\"days\"}}]}");
        }
        if (sample.has("filters")) {
            return sample;
        }
        return Json.mapper()
                .createObjectNode()
                .put("type", "and")
                .set("filters", Json.mapper().createArrayNode().add(sample));
    }

    @Test
    void theSamplesCoverEveryOperatorBetweenThem() {
        Set<Operator> seen = EnumSet.noneOf(Operator.class);
        Samples.filterFiles()
                .forEach(f -> FilterJson.read(readString(f)).conditions().forEach(c -> seen.add(c.operator())));
        Set<Operator> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
        // the docs and client libraries give no sample for these two; they are covered by allOperatorsRoundTrip
        assertEquals(EnumSet.of(Operator.DAYSMORE, Operator.DAYSLESS_OR_UNKNOWN), missing);
    }

    @Test
    void allOperatorsRoundTrip() {
        List<Condition> all = List.of(
                Conditions.known("$name"),
                Conditions.unknown("$name"),
                Conditions.number("$sessions", Operator.EQ, 5),
                Conditions.number("$sessions", Operator.NEQ, 5),
                Conditions.number("$sessions", Operator.GT, 5),
                Conditions.number("$sessions", Operator.GT_OR_UNKNOWN, 5),
                Conditions.number("$sessions", Operator.LT, 5),
                Conditions.number("$sessions", Operator.LT_OR_UNKNOWN, 5),
                Conditions.range("$sessions", 2, 5),
                Conditions.text("$name", Operator.STR_EQ, "Maks"),
                Conditions.text("$name", Operator.STR_NEQ, "Maks"),
                Conditions.text("$name", Operator.STR_CONTAINS, "Ma"),
                Conditions.text("$name", Operator.STR_NOTCONTAINS, "x"),
                Conditions.isTrue("subscribed"),
                Conditions.isFalse("subscribed"),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS),
                Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 2, DateUnit.WEEKS),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS_OR_UNKNOWN, 12, DateUnit.HOURS),
                Conditions.relativeDate("$last_seen", Operator.DAYSMORE_OR_UNKNOWN, 90, DateUnit.MINUTES),
                Conditions.listContains("$viewed_categories", "shoes"));
        assertEquals(Operator.values().length, all.size());
        Filter filter = new Filter(Junction.OR, all);
        assertEquals(filter, FilterJson.read(FilterJson.write(filter)));
    }

    @Test
    void writesExactlyTheDocumentedJson() {
        Filter filter = Filter.and(
                Conditions.range("$sessions", 2, 5),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS),
                new Condition.Number("price", Operator.GT, new BigDecimal("9.5")));
        assertEquals(
                "{\"type\":\"and\",\"filters\":["
                        + "{\"property_name\":\"$sessions\",\"type\":\"range\",\"value\":{\"value1\":2,\"value2\":5}},"
                        + "{\"property_name\":\"$last_seen\",\"type\":\"daysless\",\"value\":{\"value\":30,\"unit\":\"days\"}},"
                        + "{\"property_name\":\"price\",\"type\":\"gt\",\"value\":{\"value\":9.5}}]}",
                FilterJson.write(filter));
    }

    @Test
    void readsWhatPublishedClientLibrariesSend() {
        Filter doubleEncoded = FilterJson.read(
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$sessions\",\"type\":\"gt\",\"value\":\"{\\\"value\\\":\\\"3\\\"}\"}]}");
        assertEquals(Filter.and(Conditions.number("$sessions", Operator.GT, 3)), doubleEncoded);

        Filter emptyValues = FilterJson.read("[{\"property_name\":\"$name\",\"type\":\"known\",\"value\":\"\"},"
                + "{\"property_name\":\"$email\",\"type\":\"unknown\",\"value\":[]},"
                + "{\"property_name\":\"$phone\",\"type\":\"known\"}]");
        assertEquals(
                Filter.and(Conditions.known("$name"), Conditions.unknown("$email"), Conditions.known("$phone")),
                emptyValues);

        Filter textAsJson = FilterJson.read("\"{\\\"type\\\":\\\"or\\\",\\\"filters\\\":[]}\"");
        assertEquals(new Filter(Junction.OR, List.of()), textAsJson);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{not json",
                "42",
                "{\"type\":\"xor\",\"filters\":[]}",
                "{\"type\":\"and\",\"filters\":{}}",
                "{\"type\":\"and\",\"filters\":[{\"type\":\"or\",\"filters\":[]}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$name\",\"type\":\"like\",\"value\":{}}]}",
                "{\"type\":\"and\",\"filters\":[{\"type\":\"known\",\"value\":{}}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$sessions\",\"type\":\"gt\",\"value\":{\"value\":\"five\"}}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$sessions\",\"type\":\"gt\",\"value\":{}}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$sessions\",\"type\":\"range\",\"value\":{\"value1\":9,\"value2\":1}}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$last_seen\",\"type\":\"daysless\",\"value\":{\"value\":3,\"unit\":\"years\"}}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$last_seen\",\"type\":\"daysless\",\"value\":{\"value\":1.5}}]}",
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$name\",\"type\":\"str_eq\",\"value\":{\"value\":[\"a\"]}}]}",
                ""
            })
    void rejectsWhatTheApiWouldRefuseWithAReason(String json) {
        FilterFormatException e = assertThrows(FilterFormatException.class, () -> FilterJson.read(json));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }

    @Test
    void errorsNameTheCondition() {
        FilterFormatException e = assertThrows(
                FilterFormatException.class,
                () -> FilterJson.read("[{\"property_name\":\"$name\",\"type\":\"known\",\"value\":{}},"
                        + "{\"property_name\":\"$sessions\",\"type\":\"gt\",\"value\":{\"value\":\"many\"}}]"));
        assertEquals("condition 2 ($sessions gt): \"value\" must be a number, not the text \"many\"", e.getMessage());
    }

    @Test
    void invalidCombinationsCannotBeBuilt() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Condition.Number("$sessions", Operator.STR_EQ, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Condition.Text("$name", Operator.GT, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Condition.Presence("$name", Operator.BOOL_TRUE));
        assertThrows(IllegalArgumentException.class, () -> new Condition.Flag("$name", Operator.KNOWN));
        assertThrows(IllegalArgumentException.class, () -> Conditions.range("$sessions", 5, 2));
        assertThrows(
                IllegalArgumentException.class,
                () -> Conditions.relativeDate("$last_seen", Operator.DAYSLESS, -1, DateUnit.DAYS));
        assertThrows(IllegalArgumentException.class, () -> Conditions.known(" "));
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
