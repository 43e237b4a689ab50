package app.leadbrowser.ui.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The explanation's words: one row per operator of the filters format, the lead's value and what it needs. */
class ExplanationTextsTest {
    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private final ExplanationTexts texts = new ExplanationTexts(new TimeTexts(Clock.fixed(NOW, ZoneOffset.UTC)));

    @BeforeEach
    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0} on {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "ABSENT",
            textBlock =
                    """
        known               | $name      | {}                            | "Maks"                | Name: “Maks” — needs any value
        known               | $name      | {}                            | ABSENT                | Name: no value — needs any value
        unknown             | $name      | {}                            | ABSENT                | Name: no value — needs no value
        unknown             | flags      | {}                            | [true]                | flags: “true” — needs no value
        eq                  | $sessions  | {"value":5}                   | 5                     | Sessions: 5 — needs exactly 5
        neq                 | $sessions  | {"value":5}                   | ABSENT                | Sessions: no value — needs a value other than 5
        gt                  | $sessions  | {"value":5}                   | 12000                 | Sessions: 12,000 — needs more than 5
        gt_or_unknown       | $sessions  | {"value":5}                   | ABSENT                | Sessions: no value — needs more than 5, or no value
        lt                  | $sessions  | {"value":2.5}                 | "many"                | Sessions: “many” — needs less than 2.5
        lt_or_unknown       | $sessions  | {"value":5}                   | "9"                   | Sessions: 9 — needs less than 5, or no value
        range               | $sessions  | {"value1":2,"value2":5}       | 3                     | Sessions: 3 — needs 2 to 5, both included
        str_eq              | $city      | {"value":"berlin"}            | "Berlin"              | City: “Berlin” — needs “berlin” (any case)
        str_neq             | $city      | {"value":"Berlin"}            | "Paris"               | City: “Paris” — needs a value other than “Berlin” (any case)
        str_contains        | $email     | {"value":"gmail"}             | "maks@gmail.com"      | Email: “maks@gmail.com” — needs to contain “gmail” (any case)
        str_notcontains     | $email     | {"value":"gmail"}             | "maks@gmail.com"      | Email: “maks@gmail.com” — needs a value without “gmail” (any case)
        bool_true           | subscribed | {}                            | true                  | subscribed: Yes — needs Yes
        bool_false          | subscribed | {}                            | "true"                | subscribed: Yes — needs No
        daysless            | $last_seen | {"value":30,"unit":"days"}    | "2026-05-12T12:00:00" | Last seen: 34 days ago (2026-05-12 12:00) — needs less than 30 days ago
        daysless            | $last_seen | {"value":2,"unit":"hours"}    | "2026-06-15T11:30:00" | Last seen: less than 1 hour ago (2026-06-15 11:30) — needs less than 2 hours ago
        daysless            | $last_seen | {"value":30,"unit":"days"}    | "2026-07-01"          | Last seen: in the future (2026-07-01 00:00) — needs less than 30 days ago
        daysmore            | $last_seen | {"value":30,"unit":"days"}    | "2026-05-16T08:00:00" | Last seen: more than 30 days ago (2026-05-16 08:00) — needs more than 30 days ago
        daysmore            | $last_seen | {"value":30,"unit":"days"}    | "2026-05-16T12:00:00" | Last seen: 30 days ago (2026-05-16 12:00) — needs more than 30 days ago
        daysless_or_unknown | $last_seen | {"value":1,"unit":"weeks"}    | ABSENT                | Last seen: no value — needs less than 1 week ago, or no value
        daysmore_or_unknown | $last_seen | {"value":90,"unit":"minutes"} | "2026-06-15T10:00:00" | Last seen: 120 minutes ago (2026-06-15 10:00) — needs more than 90 minutes ago, or no value
        daysmore            | $last_seen | {"value":1,"unit":"days"}     | "yesterday"           | Last seen: “yesterday” — needs more than 1 day ago
        lcontains           | cats       | {"value":"Shoes"}             | ["hats","shoes"]      | cats: “hats”, “shoes” — needs the list to hold “Shoes” (any case)
        """)
    void describesEachOperatorWithTheLeadsValue(
            String type, String property, String value, String propJson, String expected) throws Exception {
        Condition condition = FilterJson.read(
                        "{\"property_name\":\"" + property + "\",\"type\":\"" + type + "\",\"value\":" + value + "}")
                .conditions()
                .get(0);
        Map<String, Object> props = new HashMap<>();
        if (propJson != null) {
            props.put(property, Json.mapper().readValue(propJson, Object.class));
        }
        var check = FilterEvaluator.explain(Filter.and(condition), props, NOW)
                .checks()
                .get(0);

        assertEquals(expected, texts.condition(check, PropertyLabels.label(property), NOW));
    }

    @Test
    void theVerdictSaysHowTheConditionsCombine() {
        List<Condition> conditions = List.of(
                Conditions.number("$sessions", Operator.GT, 5), Conditions.text("$city", Operator.STR_EQ, "Berlin"));
        Map<String, Object> berlin = Map.of("$sessions", 7, "$city", "Berlin");
        Map<String, Object> paris = Map.of("$sessions", 7, "$city", "Paris");
        Map<String, Object> nowhere = Map.of("$sessions", 1);

        assertEquals(
                "Matches: every condition holds, and the filter needs all of them (AND).",
                verdict(Junction.AND, conditions, berlin));
        assertEquals(
                "Does not match: the filter needs all conditions (AND), and 1 of 2 do not hold.",
                verdict(Junction.AND, conditions, paris));
        assertEquals(
                "Matches: the filter needs any one condition (OR), and 1 of 2 hold.",
                verdict(Junction.OR, conditions, paris));
        assertEquals(
                "Does not match: the filter needs any one condition (OR), and none holds.",
                verdict(Junction.OR, conditions, nowhere));
        assertEquals("No filter is applied: every lead is in the list.", verdict(Junction.AND, List.of(), nowhere));
    }

    @Test
    void russianCountsTheAgeInTheRightCase() {
        Texts.use(Locale.forLanguageTag("ru"));
        Condition lastSeen = Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS);
        var check = FilterEvaluator.explain(Filter.and(lastSeen), Map.of("$last_seen", "2026-05-12T12:00:00"), NOW)
                .checks()
                .get(0);

        assertEquals(
                "Последний визит: 34 дня назад (12.05.2026 12:00) — нужно меньше 30 дней назад",
                texts.condition(check, "Последний визит", NOW));
        Condition week = Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 21, DateUnit.WEEKS);
        var recent = FilterEvaluator.explain(Filter.and(week), Map.of("$last_seen", "2026-06-15T11:00:00"), NOW)
                .checks()
                .get(0);
        assertEquals(
                "Последний визит: меньше 1 недели назад (15.06.2026 11:00) — нужно больше 21 недели назад",
                texts.condition(recent, "Последний визит", NOW));
    }

    private String verdict(Junction junction, List<Condition> conditions, Map<String, Object> props) {
        return texts.verdict(FilterEvaluator.explain(new Filter(junction, conditions), props, NOW));
    }
}
