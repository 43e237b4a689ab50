package app.leadbrowser.client.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.sandbox.FaultInjector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aCancelledPageKeepsTheWindowsMappedBeforeIt() throws Exception {
        LeadQuery query = LeadQuery.defaults();
        List<LeadSummary> expected = DeepSandbox.expected(FilterGroups.all(), query);
        int lastPage = (expected.size() - 1) / 20 * 20;
        try (DeepListing listing = DeepSandbox.listing(FilterGroups.all(), query)) {
            int before = DeepSandbox.server().requests().count();
            listing.page(lastPage, 20); // maps every window
            int mapping = DeepSandbox.server().requests().count() - before;

            int middle = 15_000; // in the second window, away from the pages its mapping read
            cancelWhileOnTheWire(listing.pageCall(middle, 20));

            before = DeepSandbox.server().requests().count();
            DeepPage again = listing.page(middle, 20);
            int after = DeepSandbox.server().requests().count() - before;
            System.out.printf(
                    "Mapping %,d leads: %d requests; a page after a cancel: %d%n", expected.size(), mapping, after);
            DeepListingTest.assertSameLeads(expected.subList(middle, middle + 20), again.leads(), "$last_seen");
            assertTrue(mapping > 3, "mapping the windows took several requests: " + mapping);
            assertEquals(1, after, "the windows mapped before the cancel are kept: the page alone is asked");
        }
    }

    @Test
    void aCancelledReadThroughGoesOnFromWhereItStopped() throws Exception {
        FilterGroups either = new FilterGroups(List.of(
                Filter.and(Conditions.number("$sessions", Operator.GT, 1)),
                Filter.and(Conditions.text("$country", Operator.STR_EQ, "Russia"))));
        List<LeadSummary> expected = DeepSandbox.expected(either, LeadQuery.defaults());
        assertTrue(expected.size() > 12_020, "a combined listing past the window: " + expected.size());
        try (DeepListing listing = DeepSandbox.listing(either, LeadQuery.defaults())) {
            DeepPage read = listing.page(11_000, 20);
            assertEquals(expected.size(), read.total(), "the exact count of the groups combined");

            cancelWhileOnTheWire(listing.pageCall(12_000, 20));

            int before = DeepSandbox.server().requests().count();
            DeepPage again = listing.page(11_000, 20);
            assertEquals(0, DeepSandbox.server().requests().count() - before, "the leads read are kept");
            DeepListingTest.assertSameLeads(expected.subList(11_000, 11_020), again.leads(), "$last_seen");
            DeepPage further = listing.page(12_000, 20);
            DeepListingTest.assertSameLeads(expected.subList(12_000, 12_020), further.leads(), "$last_seen");
            int goingOn = DeepSandbox.server().requests().count() - before;
            assertTrue(goingOn < 100, "read on from the 11,020th lead, not from the start: " + goingOn + " requests");
        }
    }

    /** Runs {@code call} with its next request stalled and cancels it once that request is on the wire. */
    private static void cancelWhileOnTheWire(DeepListing.PageCall call) throws Exception {
        FaultInjector faults = DeepSandbox.server().faults();
        int recorded = DeepSandbox.server().requests().count();
        faults.enqueue(Fault.stall(Duration.ofSeconds(2)));
        CompletableFuture<DeepPage> page = CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (ApiException e) {
                throw new CompletionException(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (faults.pending() > 0) {
            assertTrue(System.nanoTime() < deadline, "the page sent a request");
            Thread.onSpinWait();
        }
        call.cancel();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> page.get(1, TimeUnit.SECONDS));
        assertInstanceOf(CancelledException.class, failed.getCause());
        while (DeepSandbox.server().requests().count() <= recorded) { // the stalled request, once the server is done
            Thread.sleep(20);
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
