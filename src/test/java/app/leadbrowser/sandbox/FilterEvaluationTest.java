package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Filters through the real client: every condition type, its total against a count over {@code workspace()} with
 * the same evaluator, and some totals checked by hand without the evaluator.
 */
class FilterEvaluationTest {
    static SandboxServer server;
    static DashlyClient client;
    static List<LeadSummary> all;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
        client = SharedSandbox.client(server);
        all = server.workspace().leads();
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void everyConditionTypeMatchesTheSharedEvaluator() throws Exception {
        List<Condition> conditions = List.of(
                Conditions.known("$name"),
                Conditions.unknown("$phone"),
                Conditions.number("$sessions", Operator.EQ, 5),
                Conditions.number("$sessions", Operator.NEQ, 5),
                Conditions.number("$sessions", Operator.GT, 5),
                Conditions.number("orders", Operator.GT_OR_UNKNOWN, 4),
                Conditions.number("$sessions", Operator.LT, 5),
                Conditions.number("orders", Operator.LT_OR_UNKNOWN, 5),
                Conditions.range("$sessions", 2, 5),
                Conditions.text("$country", Operator.STR_EQ, "germany"),
                Conditions.text("plan", Operator.STR_NEQ, "free"),
                Conditions.text("$email", Operator.STR_CONTAINS, "GMAIL"),
                Conditions.text("$name", Operator.STR_NOTCONTAINS, "ов"),
                Conditions.isTrue("subscribed"),
                Conditions.isFalse("subscribed"),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS),
                Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 20, DateUnit.WEEKS),
                Conditions.relativeDate("$event_5803_last", Operator.DAYSLESS_OR_UNKNOWN, 48, DateUnit.HOURS),
                Conditions.relativeDate(
                        "$event_5803_last", Operator.DAYSMORE_OR_UNKNOWN, 90 * 24 * 60, DateUnit.MINUTES),
                Conditions.listContains("viewed_categories", "Shoes"));
        Set<Operator> covered = EnumSet.noneOf(Operator.class);
        for (Condition condition : conditions) {
            Filter filter = Filter.and(condition);
            int total = assertTotalAsTheEvaluatorCounts(filter);
            assertTrue(total > 0 && total < all.size(), "a condition that tells leads apart: " + condition);
            covered.add(condition.operator());
        }
        assertEquals(EnumSet.allOf(Operator.class), covered, "every operator of the docs");
    }

    @Test
    void groupsCombineWithAndOr() throws Exception {
        Filter or = Filter.or(
                Conditions.text("$city", Operator.STR_EQ, "Berlin"),
                Conditions.number("$event_5801_count", Operator.GT, 30),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 12, DateUnit.HOURS));
        Filter and = Filter.and(
                Conditions.text("$country", Operator.STR_EQ, "Russia"),
                Conditions.isTrue("subscribed"),
                Conditions.known("$phone"));
        for (Filter filter : List.of(or, and)) {
            assertTotalAsTheEvaluatorCounts(filter);
        }
    }

    @Test
    void pagesHoldOnlyMatchingLeads() throws Exception {
        Filter filter = Filter.and(
                Conditions.text("$utm_source", Operator.STR_EQ, "google"),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 180, DateUnit.DAYS));
        LeadPage page = client.listLeads(LeadQuery.defaults().withFilter(filter).withLimit(50))
                .execute();
        Instant now = server.clock().instant();
        assertEquals(50, page.leads().size());
        page.leads().forEach(lead -> assertTrue(FilterEvaluator.matches(filter, lead.props(), now), lead.id()));
    }

    @Test
    void totalsCheckedByHand() throws Exception {
        assertEquals(
                count(l -> "russia".equalsIgnoreCase((String) l.prop("$country"))),
                totalOf(Filter.and(Conditions.text("$country", Operator.STR_EQ, "RUSSIA"))));
        assertEquals(count(l -> !l.props().containsKey("$name")), totalOf(Filter.and(Conditions.unknown("$name"))));
        assertEquals(
                count(l -> (Integer) l.prop("$sessions") > 5),
                totalOf(Filter.and(Conditions.number("$sessions", Operator.GT, 5))));
        assertEquals(
                count(l -> {
                    int sessions = (Integer) l.prop("$sessions");
                    return sessions >= 2 && sessions <= 5;
                }),
                totalOf(Filter.and(Conditions.range("$sessions", 2, 5))));
        assertEquals(
                count(l -> !(l.prop("orders") instanceof Integer n) || n > 4),
                totalOf(Filter.and(Conditions.number("orders", Operator.GT_OR_UNKNOWN, 4))));
        assertEquals(
                count(l -> Boolean.FALSE.equals(l.prop("subscribed"))),
                totalOf(Filter.and(Conditions.isFalse("subscribed"))));
        assertEquals(
                count(l -> l.prop("viewed_categories") instanceof List<?> list && list.contains("shoes")),
                totalOf(Filter.and(Conditions.listContains("viewed_categories", "SHOES"))));
        Instant monthAgo = server.clock().instant().minus(30, ChronoUnit.DAYS);
        assertEquals(
                count(l -> LocalDateTime.parse((String) l.prop("$last_seen"))
                        .toInstant(ZoneOffset.UTC)
                        .isAfter(monthAgo)),
                totalOf(Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 30, DateUnit.DAYS))));
    }

    @Test
    void anUnknownPropertyMatchesNoLeadOrEveryLeadForUnknown() throws Exception {
        assertEquals(0, totalOf(Filter.and(Conditions.known("no_such_prop"))));
        assertEquals(all.size(), totalOf(Filter.and(Conditions.unknown("no_such_prop"))));
    }

    private static int totalOf(Filter filter) throws Exception {
        return (int) client.listLeads(LeadQuery.defaults().withFilter(filter).withLimit(1))
                .execute()
                .total();
    }

    /**
     * Asserts the sandbox's total for {@code filter} is exactly what the evaluator counts over the workspace at the
     * sandbox's clock (which stands still in the shared sandbox), and returns it.
     */
    private static int assertTotalAsTheEvaluatorCounts(Filter filter) throws Exception {
        Instant now = server.clock().instant();
        int counted = count(lead -> FilterEvaluator.matches(filter, lead.props(), now));
        int total = totalOf(filter);
        assertEquals(counted, total, filter + ": the sandbox's total against the evaluator's count");
        return total;
    }

    private static int count(Predicate<LeadSummary> test) {
        return (int) all.stream().filter(test).count();
    }
}
