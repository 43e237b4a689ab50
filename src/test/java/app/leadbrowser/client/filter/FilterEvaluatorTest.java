package app.leadbrowser.client.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.PropValues;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per operator and case: the condition (as filters JSON), the prop value (as JSON), match or not. Each row
 * checks both {@code matches} and {@code explain}: they are one decision.
 */
class FilterEvaluatorTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @ParameterizedTest(name = "{0} {1} {2} on {3} -> {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "ABSENT",
            textBlock =
                    """
        known            | $name     | {}                            | "Maks"                  | true
        known            | $name     | {}                            | ABSENT                  | false
        known            | $name     | {}                            | ""                      | false
        known            | $name     | {}                            | null                    | false
        known            | tags_list | {}                            | []                      | false
        unknown          | $name     | {}                            | ABSENT                  | true
        unknown          | $name     | {}                            | "Maks"                  | false
        eq               | $sessions | {"value":5}                   | 5                       | true
        eq               | $sessions | {"value":5}                   | "5"                     | true
        eq               | $sessions | {"value":5}                   | 5.0                     | true
        eq               | $sessions | {"value":5}                   | 6                       | false
        eq               | $sessions | {"value":5}                   | ABSENT                  | false
        neq              | $sessions | {"value":5}                   | 6                       | true
        neq              | $sessions | {"value":5}                   | 5                       | false
        neq              | $sessions | {"value":5}                   | ABSENT                  | false
        gt               | $sessions | {"value":5}                   | 6                       | true
        gt               | $sessions | {"value":5}                   | 5                       | false
        gt               | $sessions | {"value":5}                   | "many"                  | false
        gt_or_unknown    | $sessions | {"value":5}                   | ABSENT                  | true
        gt_or_unknown    | $sessions | {"value":5}                   | 4                       | false
        lt               | $sessions | {"value":5}                   | 4                       | true
        lt               | $sessions | {"value":5}                   | 5                       | false
        lt_or_unknown    | $sessions | {"value":5}                   | ABSENT                  | true
        lt_or_unknown    | $sessions | {"value":5}                   | 9                       | false
        range            | $sessions | {"value1":2,"value2":5}       | 2                       | true
        range            | $sessions | {"value1":2,"value2":5}       | 5                       | true
        range            | $sessions | {"value1":2,"value2":5}       | 6                       | false
        range            | $sessions | {"value1":2,"value2":5}       | 1                       | false
        gt               | $sessions | {"value":2.5}                 | 3                       | true
        gt               | $sessions | {"value":2.5}                 | 2                       | false
        lt               | $sessions | {"value":-2.5}                | -3                      | true
        lt               | $sessions | {"value":-2.5}                | -2                      | false
        eq               | $sessions | {"value":5.0}                 | 5                       | true
        eq               | $sessions | {"value":2.5}                 | 2.5                     | true
        eq               | $sessions | {"value":2.5}                 | 2                       | false
        lt               | $sessions | {"value":1e30}                | 9223372036854775807     | true
        gt               | $sessions | {"value":-1e30}               | -9223372036854775808    | true
        range            | $sessions | {"value1":1.5,"value2":3.5}   | 1                       | false
        range            | $sessions | {"value1":1.5,"value2":3.5}   | 2                       | true
        range            | $sessions | {"value1":1.5,"value2":3.5}   | 4                       | false
        str_eq           | $name     | {"value":"maks"}              | "Maks"                  | true
        str_eq           | $name     | {"value":"Maks"}              | "Maksim"                | false
        str_neq          | $name     | {"value":"maks"}              | "Maksim"                | true
        str_neq          | $name     | {"value":"maks"}              | "MAKS"                  | false
        str_neq          | $name     | {"value":"maks"}              | ABSENT                  | false
        str_contains     | $email    | {"value":"GMAIL"}             | "maks@gmail.com"        | true
        str_contains     | $email    | {"value":"yandex"}            | "maks@gmail.com"        | false
        str_notcontains  | $email    | {"value":"yandex"}            | "maks@gmail.com"        | true
        str_notcontains  | $email    | {"value":"gmail"}             | "maks@gmail.com"        | false
        bool_true        | subscribed| {}                            | true                    | true
        bool_true        | subscribed| {}                            | "true"                  | true
        bool_true        | subscribed| {}                            | false                   | false
        bool_true        | subscribed| {}                            | ABSENT                  | false
        bool_false       | subscribed| {}                            | false                   | true
        bool_false       | subscribed| {}                            | true                    | false
        daysless         | $last_seen| {"value":30,"unit":"days"}    | "2026-06-01T08:00:00"   | true
        daysless         | $last_seen| {"value":30,"unit":"days"}    | "2026-04-01"            | false
        daysless         | $last_seen| {"value":2,"unit":"hours"}    | "2026-06-15T11:00:00"   | true
        daysless         | $last_seen| {"value":2,"unit":"hours"}    | "2026-06-15T09:00:00"   | false
        daysless         | $last_seen| {"value":1,"unit":"weeks"}    | 1781308800              | true
        daysless         | $last_seen| {"value":30,"unit":"days"}    | ABSENT                  | false
        daysmore         | $last_seen| {"value":30,"unit":"days"}    | "2026-04-01"            | true
        daysmore         | $last_seen| {"value":30,"unit":"days"}    | "2026-06-01T08:00:00"   | false
        daysmore         | $last_seen| {"value":90,"unit":"minutes"} | "2026-06-15T10:00:00"   | true
        daysmore         | $last_seen| {"value":30,"unit":"days"}    | ABSENT                  | false
        daysless         | $last_seen| {"value":9223372036854775807,"unit":"weeks"} | "1970-01-02" | true
        daysmore         | $last_seen| {"value":9223372036854775807,"unit":"weeks"} | "1970-01-02" | false
        daysless_or_unknown | $last_seen | {"value":30,"unit":"days"} | ABSENT                 | true
        daysless_or_unknown | $last_seen | {"value":30,"unit":"days"} | "2026-01-01"           | false
        daysmore_or_unknown | $last_seen | {"value":30,"unit":"days"} | ABSENT                 | true
        daysmore_or_unknown | $last_seen | {"value":30,"unit":"days"} | "2026-06-14"           | false
        lcontains        | cats      | {"value":"Shoes"}             | ["hats","shoes"]        | true
        lcontains        | cats      | {"value":"shoes"}             | ["hats"]                | false
        lcontains        | cats      | {"value":"shoes"}             | "shoes"                 | true
        lcontains        | cats      | {"value":"shoes"}             | ABSENT                  | false
        """)
    void evaluatesAndExplainsEachOperator(String type, String property, String value, String propJson, boolean expected)
            throws Exception {
        Condition condition = FilterJson.read(
                        "{\"property_name\":\"" + property + "\",\"type\":\"" + type + "\",\"value\":" + value + "}")
                .conditions()
                .get(0);
        Map<String, Object> props = new HashMap<>();
        if (propJson != null) {
            props.put(property, app.leadbrowser.client.Json.mapper().readValue(propJson, Object.class));
        }
        assertEquals(expected, FilterEvaluator.matches(condition, props, NOW));

        for (Filter group : List.of(Filter.and(condition), Filter.or(condition))) {
            FilterExplanation explained = FilterEvaluator.explain(group, props, NOW);
            ConditionCheck check = explained.checks().get(0);
            assertEquals(expected, check.holds());
            assertEquals(expected, explained.matches());
            assertEquals(condition, check.condition());
            assertEquals(props.get(property), check.actual(), "the lead's value as the props hold it");
            assertEquals(PropValues.isKnown(props.get(property)), check.known());
            assertEquals(NOW, explained.evaluatedAt());
        }
    }

    @ParameterizedTest(name = "{0}: sessions={1} -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        and | 7  | true
        and | 12 | false
        or  | 12 | true
        or  | 1  | false
        """)
    void combinesConditionsUnderAndOr(String junction, int sessions, boolean expected) {
        List<Condition> conditions = List.of(
                Conditions.number("$sessions", Operator.GT, 5), Conditions.text("$city", Operator.STR_EQ, "Berlin"));
        Filter filter = new Filter(junction.equals("and") ? Junction.AND : Junction.OR, conditions);
        Map<String, Object> props = Map.of("$sessions", sessions, "$city", sessions == 7 ? "Berlin" : "Paris");
        assertEquals(expected, FilterEvaluator.matches(filter, props, NOW));

        FilterExplanation explained = FilterEvaluator.explain(filter, props, NOW);
        assertEquals(expected, explained.matches());
        assertEquals(
                conditions,
                explained.checks().stream().map(ConditionCheck::condition).toList());
        assertEquals(sessions > 5, explained.checks().get(0).holds());
        assertEquals(sessions == 7, explained.checks().get(1).holds());
        assertEquals((sessions > 5 ? 1 : 0) + (sessions == 7 ? 1 : 0), explained.holdingCount());
    }

    @Test
    void anEmptyFilterMatchesEveryLeadWithNothingToCheck() {
        FilterExplanation explained = FilterEvaluator.explain(Filter.all(), Map.of(), NOW);
        assertTrue(explained.matches());
        assertEquals(List.of(), explained.checks());
        assertTrue(FilterEvaluator.matches(new Filter(Junction.OR, List.of()), Map.of(), NOW));
    }
}
