package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.filter.FilterContradictions.Contradiction;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per case: conditions of one AND group, and whether no lead can meet them together. */
class FilterContradictionsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // presence
                row(true, known("$city"), unknown("$city")),
                row(true, unknown("$sessions"), gt("$sessions", 3)),
                row(true, text("$city", Operator.STR_NEQ, "Berlin"), unknown("$city")),
                row(false, unknown("$sessions"), number("$sessions", Operator.GT_OR_UNKNOWN, 3)),
                row(false, known("$city"), known("$city")),
                row(false, known("$city"), unknown("$country")),
                // numbers
                row(true, gt("$sessions", 10), lt("$sessions", 5)),
                row(true, gt("$sessions", 5), lt("$sessions", 5)),
                row(false, gt("$sessions", 5), lt("$sessions", 6)),
                row(true, eq("$sessions", 3), eq("$sessions", 4)),
                row(false, eq("$sessions", 3), eq("$sessions", 3)),
                row(true, eq("$sessions", 3), number("$sessions", Operator.NEQ, 3)),
                row(false, eq("$sessions", 3), number("$sessions", Operator.NEQ, 4)),
                row(true, Conditions.range("$sessions", 1, 5), gt("$sessions", 5)),
                row(false, Conditions.range("$sessions", 1, 5), lt("$sessions", 2)),
                row(true, Conditions.range("$sessions", 1, 5), Conditions.range("$sessions", 6, 9)),
                row(false, Conditions.range("$sessions", 1, 5), Conditions.range("$sessions", 5, 9)),
                row(true, Conditions.range("$sessions", 4, 4), number("$sessions", Operator.NEQ, 4)),
                row(true, eq("$sessions", 7), lt("$sessions", 7)),
                row(false, gt("$sessions", 3), gt("$sessions", 10)),
                // the _or_unknown forms: a lead without the property meets them, unless it must have it
                row(false, number("orders", Operator.GT_OR_UNKNOWN, 10), number("orders", Operator.LT_OR_UNKNOWN, 5)),
                row(true, number("orders", Operator.GT_OR_UNKNOWN, 10), lt("orders", 5)),
                row(
                        true,
                        number("orders", Operator.GT_OR_UNKNOWN, 10),
                        number("orders", Operator.LT_OR_UNKNOWN, 5),
                        known("orders")),
                // booleans
                row(true, Conditions.isTrue("subscribed"), Conditions.isFalse("subscribed")),
                row(false, Conditions.isTrue("subscribed"), Conditions.isTrue("subscribed")),
                // texts, case-insensitive
                row(true, text("$city", Operator.STR_EQ, "Berlin"), text("$city", Operator.STR_EQ, "Moscow")),
                row(false, text("$city", Operator.STR_EQ, "Berlin"), text("$city", Operator.STR_EQ, "BERLIN")),
                row(true, text("$city", Operator.STR_EQ, "Berlin"), text("$city", Operator.STR_NEQ, "berlin")),
                row(true, text("$city", Operator.STR_EQ, "Berlin"), text("$city", Operator.STR_CONTAINS, "x")),
                row(false, text("$city", Operator.STR_EQ, "Berlin"), text("$city", Operator.STR_CONTAINS, "ERL")),
                row(true, text("$city", Operator.STR_EQ, "Berlin"), text("$city", Operator.STR_NOTCONTAINS, "ber")),
                row(
                        true,
                        text("$email", Operator.STR_CONTAINS, "gmail.com"),
                        text("$email", Operator.STR_NOTCONTAINS, "GMAIL")),
                row(
                        false,
                        text("$email", Operator.STR_CONTAINS, "gmail"),
                        text("$email", Operator.STR_NOTCONTAINS, "yahoo")),
                row(false, text("$city", Operator.STR_NEQ, "Berlin"), text("$city", Operator.STR_NEQ, "Moscow")),
                // relative dates: "less than d1 ago" and "more than d2 ago" meet only when d2 < d1
                row(true, days(Operator.DAYSLESS, 7, DateUnit.DAYS), days(Operator.DAYSMORE, 30, DateUnit.DAYS)),
                row(true, days(Operator.DAYSLESS, 1, DateUnit.WEEKS), days(Operator.DAYSMORE, 7, DateUnit.DAYS)),
                row(false, days(Operator.DAYSLESS, 30, DateUnit.DAYS), days(Operator.DAYSMORE, 7, DateUnit.DAYS)),
                row(false, days(Operator.DAYSLESS, 2, DateUnit.HOURS), days(Operator.DAYSMORE, 90, DateUnit.MINUTES)),
                row(false, days(Operator.DAYSLESS, 7, DateUnit.DAYS), days(Operator.DAYSLESS, 30, DateUnit.DAYS)),
                row(
                        false,
                        days(Operator.DAYSLESS_OR_UNKNOWN, 7, DateUnit.DAYS),
                        days(Operator.DAYSMORE_OR_UNKNOWN, 30, DateUnit.DAYS)),
                // lists, and different kinds of condition
                row(false, Conditions.listContains("tags", "a"), Conditions.listContains("tags", "b")),
                row(false, text("$sessions", Operator.STR_EQ, "5"), gt("$sessions", 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aPairThatNoLeadCanMeetIsFound(String name, boolean contradicts, List<Condition> conditions) {
        List<Contradiction> found = FilterContradictions.find(
                FilterGroups.of(new Filter(app.leadbrowser.client.filter.Junction.AND, conditions)));
        assertEquals(contradicts ? 1 : 0, found.size(), name + " → " + found);
    }

    @Test
    void theConditionsOfAnOrGroupAreAlternativesAndNeverContradict() {
        assertEquals(
                List.of(),
                FilterContradictions.find(FilterGroups.of(Filter.or(gt("$sessions", 10), lt("$sessions", 5)))));
    }

    @Test
    void eachGroupIsJudgedOnItsOwnAndNamed() {
        Filter fine = Filter.and(gt("$sessions", 10));
        Filter never = Filter.and(known("$city"), gt("$sessions", 10), unknown("$city"), lt("$sessions", 5));
        List<Contradiction> found = FilterContradictions.find(new FilterGroups(List.of(fine, never)));
        assertEquals(
                List.of(
                        new Contradiction(1, known("$city"), unknown("$city")),
                        new Contradiction(1, gt("$sessions", 10), lt("$sessions", 5))),
                found);
    }

    @Test
    void theWarningSaysWhichConditionsCannotBothBeTrue() {
        Filter never = Filter.and(gt("$sessions", 10), lt("$sessions", 5));
        assertEquals(
                "“Sessions > 10” and “Sessions < 5” cannot both be true, so no lead matches.",
                FilterSummaryViewModel.warningFor(FilterGroups.of(never)));
        assertEquals(
                "Group 2: “Sessions > 10” and “Sessions < 5” cannot both be true, so this group adds no leads.",
                FilterSummaryViewModel.warningFor(new FilterGroups(List.of(Filter.and(known("$city")), never))));
        assertEquals("", FilterSummaryViewModel.warningFor(FilterGroups.of(Filter.and(gt("$sessions", 10)))));
    }

    static Arguments row(boolean contradicts, Condition... conditions) {
        List<Condition> list = List.of(conditions);
        String name = list.stream()
                .map(FilterSummary::of)
                .reduce((a, b) -> a + " AND " + b)
                .orElse("");
        return Arguments.of(name, contradicts, list);
    }

    static Condition known(String property) {
        return Conditions.known(property);
    }

    static Condition unknown(String property) {
        return Conditions.unknown(property);
    }

    static Condition gt(String property, long value) {
        return Conditions.number(property, Operator.GT, value);
    }

    static Condition lt(String property, long value) {
        return Conditions.number(property, Operator.LT, value);
    }

    static Condition eq(String property, long value) {
        return Conditions.number(property, Operator.EQ, value);
    }

    static Condition number(String property, Operator operator, long value) {
        return Conditions.number(property, operator, value);
    }

    static Condition text(String property, Operator operator, String value) {
        return Conditions.text(property, operator, value);
    }

    static Condition days(Operator operator, long amount, DateUnit unit) {
        return Conditions.relativeDate("$last_seen", operator, amount, unit);
    }
}
