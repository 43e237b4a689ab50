package app.leadbrowser.client.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deep listings of a 30,000-lead sandbox: every lead of the filter, each once, in the server's order. */
class DeepListingTest {

    @Test
    void everyLeadUnderTheDefaultOrder() throws Exception {
        assertListsExactly(FilterGroups.all(), LeadQuery.defaults());
    }

    @Test
    void everyLeadUnderANumberSortBothWays() throws Exception {
        assertListsExactly(FilterGroups.all(), LeadQuery.defaults().withSort("$sessions", SortOrder.ASC));
        assertListsExactly(
                FilterGroups.of(Filter.and(Conditions.number("$sessions", Operator.GT, 1))),
                LeadQuery.defaults().withSort("$sessions", SortOrder.DESC));
    }

    @Test
    void missingValuesComeLastAndAnAscendingDateSortReachesThemAll() throws Exception {
        assertListsExactly(FilterGroups.all(), LeadQuery.defaults().withSort("$last_contacted", SortOrder.ASC));
        assertListsExactly(
                FilterGroups.of(Filter.and(Conditions.relativeDate("$last_seen", Operator.DAYSMORE, 3, DateUnit.DAYS))),
                LeadQuery.defaults().withSort("$last_seen", SortOrder.ASC));
    }

    @Test
    void anOrFilterIsDistributedOnceItsFirstWindowIsFull() throws Exception {
        assertListsExactly(
                FilterGroups.of(Filter.or(
                        Conditions.known("$phone"),
                        Conditions.text("$country", Operator.STR_EQ, "Russia"),
                        Conditions.number("$sessions", Operator.LT, 3))),
                LeadQuery.defaults());
    }

    private static void assertListsExactly(FilterGroups groups, LeadQuery query) throws Exception {
        List<LeadSummary> expected = DeepSandbox.expected(groups, query);
        long started = System.nanoTime();
        try (DeepCursor cursor = DeepSandbox.listing(groups, query).stream()) {
            List<LeadSummary> listed = DeepSandbox.drain(cursor);
            System.out.printf(
                    "Deep listing of %,d leads (%s %s): %d requests, %d repeats dropped, %d ms%n",
                    listed.size(),
                    query.sortProp(),
                    query.sortOrder(),
                    cursor.requests(),
                    cursor.duplicatesDropped(),
                    (System.nanoTime() - started) / 1_000_000);
            assertTrue(expected.size() > 10_000, "a filter past the window: " + expected.size());
            assertSameLeads(expected, listed, query.sortProp());
            assertEquals(0, cursor.outOfReach());
            assertTrue(
                    cursor.outOfReachReasons().isEmpty(),
                    cursor.outOfReachReasons().toString());
            assertEquals(expected.size(), cursor.total(), "exact, for groups combined too");
        }
    }

    /** The same leads in the same order; on a difference, where it is (the lists are too long to print). */
    static void assertSameLeads(List<LeadSummary> expected, List<LeadSummary> listed, String sortProp) {
        int at = 0;
        while (at < Math.min(expected.size(), listed.size())
                && expected.get(at).id().equals(listed.get(at).id())) {
            at++;
        }
        if (at < expected.size() || at < listed.size()) {
            throw new AssertionError(String.format(
                    "%d leads expected, %d listed; first difference at %d: expected %s, listed %s",
                    expected.size(),
                    listed.size(),
                    at,
                    describe(expected, at, sortProp),
                    describe(listed, at, sortProp)));
        }
    }

    private static String describe(List<LeadSummary> leads, int at, String sortProp) {
        return at < leads.size()
                ? leads.get(at).id() + " (" + sortProp + " " + leads.get(at).prop(sortProp) + ")"
                : "none";
    }
}
