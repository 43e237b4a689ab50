package app.leadbrowser.client.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterGroupsJsonTest {
    private static final Filter BERLIN = Filter.and(
            Conditions.text("$city", Operator.STR_EQ, "Berlin"),
            Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS));
    private static final Filter ACTIVE = Filter.and(Conditions.number("$sessions", Operator.GT, 10));

    static Stream<Path> sampleFilters() {
        return Samples.filterFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFilters")
    void everyFilterTextReadsAsOneGroupAndOneGroupIsWrittenAsBefore(Path file) throws Exception {
        String json = Files.readString(file);
        FilterGroups groups = FilterGroupsJson.read(json);

        assertEquals(FilterGroups.of(FilterJson.read(json)), groups);
        assertEquals(FilterJson.write(groups.first()), FilterGroupsJson.write(groups), "settings stay readable");
    }

    @Test
    void severalGroupsAreWrittenAsAnyOfAndReadBack() {
        FilterGroups groups = new FilterGroups(List.of(BERLIN, ACTIVE));
        String json = FilterGroupsJson.write(groups);

        assertTrue(json.startsWith("{\"any_of\":[{\"type\":\"and\",\"filters\":["), json);
        assertEquals(groups, FilterGroupsJson.read(json));
    }

    @Test
    void anOrGroupOfOneConditionAmongSeveralIsTakenAsAnd() {
        FilterGroups groups = new FilterGroups(List.of(Filter.or(Conditions.known("$email")), ACTIVE));
        assertEquals(Filter.and(Conditions.known("$email")), groups.first());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"any_of\": []}",
                "{\"any_of\": {}}",
                "{\"any_of\": [{\"type\": \"or\", \"filters\": ["
                        + "{\"property_name\": \"$email\", \"type\": \"known\", \"value\": {}},"
                        + "{\"property_name\": \"$phone\", \"type\": \"known\", \"value\": {}}]},"
                        + "{\"type\": \"and\", \"filters\": []}]}",
                "{\"any_of\": [{\"type\": \"and\", \"filters\": []}, {\"type\": \"and\", \"filters\": []}]}",
                "{\"any_of\": [{\"type\": \"nand\", \"filters\": []}, {\"type\": \"and\", \"filters\": []}]}",
                "{\"any_of\": [1, 2, 3, 4, 5, 6]}",
                "{\"any_of\": [",
            })
    void brokenGroupTextsAreFormatErrorsNeverCrashes(String json) {
        FilterFormatException e = assertThrows(FilterFormatException.class, () -> FilterGroupsJson.read(json));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void aGroupsErrorNamesTheGroup() {
        String json = "{\"any_of\": [{\"type\": \"and\", \"filters\": []}, {\"type\": \"and\", \"filters\": ["
                + "{\"property_name\": \"$sessions\", \"type\": \"gt\", \"value\": {\"value\": \"many\"}}]}]}";
        FilterFormatException e = assertThrows(FilterFormatException.class, () -> FilterGroupsJson.read(json));
        assertTrue(e.getMessage().startsWith("group 2: "), e.getMessage());
    }

    @Test
    void theGroupsOfAnExpressionAreLimitedAndNeverEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new FilterGroups(List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FilterGroups(List.of(ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE, ACTIVE)));
        assertThrows(IllegalArgumentException.class, () -> new FilterGroups(List.of(ACTIVE, Filter.all())));
        assertTrue(FilterGroups.of(Filter.all()).isEmpty());
    }
}
