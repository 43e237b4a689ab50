package app.leadbrowser.client.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table's pages of a deep listing on the 30,000-lead sandbox: any page, the last one included, holds the leads
 * the whole listing has there, with the filter's exact total, and a jump costs a round trip per window before it.
 */
class DeepPageTest {

    @Test
    void theLastPageUnderTheDefaultOrderIsTheTrueEnd() throws Exception {
        assertPages(FilterGroups.all(), LeadQuery.defaults(), 9);
    }

    @Test
    void pagesUnderANumberSortAndAMissingValueTail() throws Exception {
        assertPages(FilterGroups.all(), LeadQuery.defaults().withSort("$sessions", SortOrder.DESC), 40);
        assertPages(
                FilterGroups.of(Filter.and(Conditions.number("$sessions", Operator.LT, 60))),
                LeadQuery.defaults().withSort("$event_5801_last", SortOrder.ASC),
                11);
    }

    @Test
    void whereWindowsCannotBeMappedTheListingIsReadThrough() throws Exception {
        FilterGroups or = FilterGroups.of(
                Filter.or(Conditions.known("$phone"), Conditions.text("$country", Operator.STR_EQ, "Russia")));
        List<LeadSummary> expected = DeepSandbox.expected(or, LeadQuery.defaults());
        try (DeepListing listing = DeepSandbox.listing(or, LeadQuery.defaults())) {
            int last = expected.size() - 7;
            DeepPage page = listing.page(last, 20);
            DeepListingTest.assertSameLeads(expected.subList(last, expected.size()), page.leads(), "$last_seen");
            assertEquals(expected.size(), page.total());
            assertTrue(page.isLast(), "seven leads on the last page");
        }
    }

    private static void assertPages(FilterGroups groups, LeadQuery query, int maxRequestsForTheJump) throws Exception {
        List<LeadSummary> expected = DeepSandbox.expected(groups, query);
        int size = expected.size();
        assertTrue(size > 20_000, "three windows or more: " + size);
        try (DeepListing listing = DeepSandbox.listing(groups, query)) {
            int before = DeepSandbox.server().requests().count();
            int lastPage = (size - 1) / 20 * 20;
            DeepPage last = listing.page(lastPage, 20);
            int jump = DeepSandbox.server().requests().count() - before;
            System.out.printf(
                    "Jump to the last page of %,d leads (%s %s): %d requests%n",
                    size, query.sortProp(), query.sortOrder(), jump);
            DeepListingTest.assertSameLeads(expected.subList(lastPage, size), last.leads(), query.sortProp());
            assertEquals(size, last.total());
            assertTrue(jump <= maxRequestsForTheJump, jump + " requests");
            assertTrue(listing.page(lastPage + 20, 20).leads().isEmpty(), "nothing after the last page");
            for (int offset : new int[] {0, 9_990, 10_000, 14_321, 19_995, lastPage - 20}) {
                DeepPage page = listing.page(offset, 20);
                DeepListingTest.assertSameLeads(
                        expected.subList(offset, Math.min(size, offset + 20)), page.leads(), query.sortProp());
                assertEquals(size, page.total());
            }
        }
    }
}
