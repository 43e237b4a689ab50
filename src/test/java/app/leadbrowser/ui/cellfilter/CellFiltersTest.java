package app.leadbrowser.ui.cellfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filter from what you see: the conditions offered for each type of value, and that they mean what they say. */
class CellFiltersTest {
    static final Instant NOW = Instant.parse("2024-05-20T12:00:00Z");

    @BeforeEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @AfterEach
    void backToDefault() {
        Texts.use(Locale.ENGLISH);
    }

    static Map<String, CellFilterAction> byId(List<CellFilterAction> actions) {
        Map<String, CellFilterAction> map = new HashMap<>();
        actions.forEach(a -> map.put(a.id(), a));
        assertEquals(actions.size(), map.size(), "ids are unique");
        return map;
    }

    static boolean matches(Condition condition, String property, Object value) {
        Map<String, Object> props = new HashMap<>();
        props.put(property, value);
        return FilterEvaluator.matches(condition, props, NOW);
    }

    @Test
    void textIsOrIsNot() {
        Map<String, CellFilterAction> actions = byId(CellFilters.actionsFor("$city", "Berlin", NOW));
        assertEquals(
                List.of("exclude", "showOnly"),
                actions.keySet().stream().sorted().toList());
        assertEquals(
                Conditions.text("$city", Operator.STR_EQ, "Berlin"),
                actions.get("showOnly").condition());
        assertEquals(
                Conditions.text("$city", Operator.STR_NEQ, "Berlin"),
                actions.get("exclude").condition());
        assertEquals(
                "Show only leads with City “Berlin”", actions.get("showOnly").label());
        assertEquals("Exclude leads with City “Berlin”", actions.get("exclude").label());
        assertTrue(matches(actions.get("showOnly").condition(), "$city", "Berlin"));
        assertFalse(matches(actions.get("exclude").condition(), "$city", "Berlin"));
        assertTrue(matches(actions.get("exclude").condition(), "$city", "Munich"));
    }

    @Test
    void aLongTextIsShortInTheMenuButWholeInTheCondition() {
        String referrer = "https://www.example.com/search?q=a+very+long+query+that+goes+on+and+on";
        CellFilterAction only =
                CellFilters.actionsFor("$initial_referrer", referrer, NOW).get(0);
        assertEquals(referrer, ((Condition.Text) only.condition()).text());
        assertTrue(only.label().contains("…"));
        assertFalse(only.label().contains(referrer));
    }

    @Test
    void theLabelGivenIsTheNameShown() {
        CellFilterAction only =
                CellFilters.actionsFor("$email", "E-mail", "a@b.de", NOW).get(0);
        assertEquals("Show only leads with E-mail “a@b.de”", only.label());
    }

    @Test
    void numberEqualsDiffersIsLessOrMore() {
        Map<String, CellFilterAction> actions = byId(CellFilters.actionsFor("$sessions", 7, NOW));
        assertEquals(
                List.of("exclude", "lessThan", "moreThan", "showOnly"),
                actions.keySet().stream().sorted().toList());
        assertEquals(
                Conditions.number("$sessions", Operator.EQ, 7),
                actions.get("showOnly").condition());
        assertEquals(
                Conditions.number("$sessions", Operator.NEQ, 7),
                actions.get("exclude").condition());
        assertEquals(
                Conditions.number("$sessions", Operator.LT, 7),
                actions.get("lessThan").condition());
        assertEquals(
                Conditions.number("$sessions", Operator.GT, 7),
                actions.get("moreThan").condition());
        assertEquals(
                "Show only leads with Sessions less than 7",
                actions.get("lessThan").label());
        assertEquals(
                "Show only leads with Sessions = 7", actions.get("showOnly").label());
        assertTrue(matches(actions.get("showOnly").condition(), "$sessions", 7));
        assertFalse(matches(actions.get("exclude").condition(), "$sessions", 7));
        assertTrue(matches(actions.get("lessThan").condition(), "$sessions", 6));
        assertFalse(matches(actions.get("lessThan").condition(), "$sessions", 7));
        assertTrue(matches(actions.get("moreThan").condition(), "$sessions", 8));
    }

    @Test
    void aDecimalNumberKeepsItsDigits() {
        CellFilterAction more =
                byId(CellFilters.actionsFor("amount", 12.5, NOW)).get("moreThan");
        assertEquals(new Condition.Number("amount", Operator.GT, new BigDecimal("12.5")), more.condition());
        assertEquals("Show only leads with amount more than 12.5", more.label());
    }

    @Test
    void aDateIsLessOrMoreThanItsAgeAgoInDays() {
        Map<String, CellFilterAction> actions = byId(CellFilters.actionsFor("$last_seen", "2024-05-17T10:00:00", NOW));
        assertEquals(
                List.of("lessThan", "moreThan"),
                actions.keySet().stream().sorted().toList());
        assertEquals(
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 3, DateUnit.DAYS),
                actions.get("lessThan").condition());
        assertEquals(
                Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 3, DateUnit.DAYS),
                actions.get("moreThan").condition());
        assertEquals(
                "Show only leads with Last seen less than 3 days ago",
                actions.get("lessThan").label());
        assertEquals(
                "Show only leads with Last seen more than 3 days ago",
                actions.get("moreThan").label());
    }

    @Test
    void aRecentDateIsMeasuredInHoursOrMinutes() {
        CellFilterAction hours = byId(CellFilters.actionsFor("$last_seen", "2024-05-20T07:00:00", NOW))
                .get("lessThan");
        assertEquals(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 5, DateUnit.HOURS), hours.condition());
        assertEquals("Show only leads with Last seen less than 5 hours ago", hours.label());
        CellFilterAction minutes = byId(CellFilters.actionsFor("$last_seen", "2024-05-20T11:59:40", NOW))
                .get("moreThan");
        assertEquals(
                Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 1, DateUnit.MINUTES), minutes.condition());
        assertEquals("Show only leads with Last seen more than 1 minute ago", minutes.label());
    }

    @Test
    void anEventDateIsADateAndAnEventCountANumber() {
        assertEquals(
                Operator.DAYSLESS,
                CellFilters.actionsFor("$event_5801_last", "2024-01-01", NOW)
                        .get(0)
                        .condition()
                        .operator());
        assertEquals(
                Operator.EQ,
                CellFilters.actionsFor("$event_5801_count", 12, NOW)
                        .get(0)
                        .condition()
                        .operator());
    }

    @Test
    void aDateInTheFutureOffersNothing() {
        assertEquals(List.of(), CellFilters.actionsFor("renewal", "2024-06-01T00:00:00", NOW));
    }

    @Test
    void aYesOrNoIsThatOrTheOther() {
        Map<String, CellFilterAction> yes = byId(CellFilters.actionsFor("subscribed", true, NOW));
        assertEquals(Conditions.isTrue("subscribed"), yes.get("showOnly").condition());
        assertEquals(Conditions.isFalse("subscribed"), yes.get("exclude").condition());
        assertEquals("Show only leads with subscribed: yes", yes.get("showOnly").label());
        Map<String, CellFilterAction> no = byId(CellFilters.actionsFor("subscribed", "false", NOW));
        assertEquals(Conditions.isFalse("subscribed"), no.get("showOnly").condition());
        assertEquals(Conditions.isTrue("subscribed"), no.get("exclude").condition());
        assertTrue(matches(no.get("showOnly").condition(), "subscribed", false));
    }

    @Test
    void aListOffersEachItem() {
        List<CellFilterAction> actions =
                CellFilters.actionsFor("viewed_categories", Arrays.asList("shoes", "bags", "shoes"), NOW);
        assertEquals(
                List.of("showOnly-0", "showOnly-1"),
                actions.stream().map(CellFilterAction::id).toList());
        assertEquals(
                Conditions.listContains("viewed_categories", "bags"),
                actions.get(1).condition());
        assertEquals(
                "Show only leads whose viewed_categories include “bags”",
                actions.get(1).label());
        assertTrue(matches(actions.get(1).condition(), "viewed_categories", List.of("bags", "hats")));
    }

    @Test
    void aVeryLongListOffersItsFirstItems() {
        List<String> many = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> "item" + i)
                .toList();
        assertEquals(
                CellFilters.MAX_LIST_ITEMS,
                CellFilters.actionsFor("items", many, NOW).size());
    }

    @Test
    void noValueIsWithoutOrWith() {
        for (Object empty : Arrays.asList(null, "", " ", List.of())) {
            Map<String, CellFilterAction> actions = byId(CellFilters.actionsFor("$phone", empty, NOW));
            assertEquals(Conditions.unknown("$phone"), actions.get("showOnly").condition());
            assertEquals(Conditions.known("$phone"), actions.get("exclude").condition());
            assertEquals(
                    "Show only leads without Phone", actions.get("showOnly").label());
            assertTrue(matches(actions.get("showOnly").condition(), "$phone", empty));
        }
    }

    @Test
    void numbersGivenAsTextAreText() {
        // with convert_props_types the API sends numbers as numbers: "10115" is a postcode, compared as text
        assertEquals(
                Conditions.text("zip", Operator.STR_EQ, "10115"),
                CellFilters.actionsFor("zip", "10115", NOW).get(0).condition());
    }

    @Test
    void russianLabels() {
        Texts.use(Locale.forLanguageTag("ru"));
        assertEquals(
                "Только лиды, у которых Последний визит — менее 3 дней назад",
                CellFilters.actionsFor("$last_seen", "2024-05-17T10:00:00", NOW)
                        .get(0)
                        .label());
        assertEquals(
                "Только лиды, у которых Последний визит — более 21 дня назад",
                CellFilters.actionsFor("$last_seen", "2024-04-29T12:00:00", NOW)
                        .get(1)
                        .label());
    }
}
