package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterSummaryTest {

    @BeforeEach
    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    static Stream<Arguments> everyOperator() {
        return Stream.of(
                Arguments.of(Conditions.known("$city"), "City is known"),
                Arguments.of(Conditions.unknown("$email"), "Email is unknown"),
                Arguments.of(Conditions.number("$sessions", Operator.EQ, 5), "Sessions = 5"),
                Arguments.of(Conditions.number("$sessions", Operator.NEQ, 5), "Sessions ≠ 5"),
                Arguments.of(new Condition.Number("$sessions", Operator.GT, new BigDecimal("2.50")), "Sessions > 2.50"),
                Arguments.of(Conditions.number("orders", Operator.GT_OR_UNKNOWN, 4), "orders > 4 or unknown"),
                Arguments.of(Conditions.number("$sessions", Operator.LT, -1), "Sessions < -1"),
                Arguments.of(
                        Conditions.number("orders", Operator.LT_OR_UNKNOWN, 1000000), "orders < 1000000 or unknown"),
                Arguments.of(Conditions.range("$sessions", 2, 5), "Sessions between 2 and 5"),
                Arguments.of(Conditions.text("$city", Operator.STR_EQ, "Berlin"), "City = Berlin"),
                Arguments.of(Conditions.text("$city", Operator.STR_NEQ, "Berlin"), "City ≠ Berlin"),
                Arguments.of(Conditions.text("$email", Operator.STR_CONTAINS, "gmail"), "Email contains “gmail”"),
                Arguments.of(
                        Conditions.text("$name", Operator.STR_NOTCONTAINS, "test"), "Name does not contain “test”"),
                Arguments.of(Conditions.isTrue("subscribed"), "subscribed is true"),
                Arguments.of(Conditions.isFalse("subscribed"), "subscribed is false"),
                Arguments.of(
                        Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS),
                        "Last seen < 30 days ago"),
                Arguments.of(
                        Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 1, DateUnit.HOURS),
                        "Last seen > 1 hour ago"),
                Arguments.of(
                        Conditions.relativeDate("$last_reply", Operator.DAYSLESS_OR_UNKNOWN, 45, DateUnit.MINUTES),
                        "Last reply < 45 minutes ago or unknown"),
                Arguments.of(
                        Conditions.relativeDate("$event_18_last", Operator.DAYSMORE_OR_UNKNOWN, 2, DateUnit.WEEKS),
                        "Event 18 last > 2 weeks ago or unknown"),
                Arguments.of(
                        Conditions.listContains("viewed_categories", "shoes"), "viewed_categories includes “shoes”"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyOperator")
    void everyOperatorReadsAsPlainWords(Condition condition, String expected) {
        assertEquals(expected, FilterSummary.of(condition));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyOperator")
    void everyOperatorAndUnitHasRussianWords(Condition condition, String english) {
        Texts.use(Locale.forLanguageTag("ru"));
        String russian = FilterSummary.of(condition);
        assertFalse(russian.contains("!"), russian);
        assertFalse(russian.equals(english) && !russian.matches(".*[=≠<>].*"), "translated: " + russian);
    }

    @Test
    void russianUnitsAgreeWithTheirCount() {
        Texts.use(Locale.forLanguageTag("ru"));
        assertEquals(
                "Последний визит менее 1 дня назад",
                FilterSummary.of(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 1, DateUnit.DAYS)));
        assertEquals(
                "Последний визит более 5 недель назад",
                FilterSummary.of(Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 5, DateUnit.WEEKS)));
    }

    @Test
    void aGroupJoinsItsConditionsAndGroupsAreBracketedAndJoinedByOr() {
        Filter berlin = Filter.and(
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS),
                Conditions.text("$city", Operator.STR_EQ, "Berlin"));
        assertEquals("Last seen < 30 days ago AND City = Berlin", FilterSummary.of(berlin));
        assertEquals(
                "Name is known OR Email is known",
                FilterSummary.of(Filter.or(Conditions.known("$name"), Conditions.known("$email"))));
        assertEquals(
                "(Last seen < 30 days ago AND City = Berlin) OR Sessions > 10",
                FilterSummary.of(new FilterGroups(
                        List.of(berlin, Filter.and(Conditions.number("$sessions", Operator.GT, 10))))));
        assertEquals("All leads", FilterSummary.of(FilterGroups.all()));
    }

    @Test
    void aSortReadsAsItsPropertyAndDirection() {
        assertEquals("sorted by Sessions ↓", FilterSummary.sort("$sessions", SortOrder.DESC));
        assertEquals("sorted by Name ↑", FilterSummary.sort("$name", SortOrder.ASC));
    }
}
