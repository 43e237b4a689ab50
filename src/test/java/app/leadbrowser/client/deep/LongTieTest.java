package app.leadbrowser.client.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.merge.LeadOrder;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.sandbox.SandboxClock;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Long ties on the 30,000-lead sandbox: "Signed up" happens once, so ~13,500 leads share {@code $event_5805_count} = 1
 * and the rest have no value. The stream and the table's pages list every lead once, in one order: by the number,
 * inside the long tie by {@code $last_seen} in the same direction, then missing values last.
 */
class LongTieTest {
    static final String COUNT = "$event_5805_count";

    @Test
    void theStreamListsEveryLeadOfALongTieOnceInTheListingsOrderBothWays() throws Exception {
        for (SortOrder order : SortOrder.values()) {
            assertStreams(FilterGroups.all(), LeadQuery.defaults().withSort(COUNT, order));
        }
        assertStreams(
                FilterGroups.of(Filter.and(Conditions.known("$email"))),
                LeadQuery.defaults().withSort(COUNT, SortOrder.DESC));
    }

    @Test
    void groupsMergedWithALongTieInOneOfThemListEveryLeadOnceByTheNumber() throws Exception {
        FilterGroups either = new FilterGroups(
                List.of(Filter.and(Conditions.known("$email")), Filter.and(Conditions.known("$phone"))));
        LeadQuery query = LeadQuery.defaults().withSort(COUNT, SortOrder.DESC);
        List<LeadSummary> expected = DeepSandbox.expected(either, query);
        try (DeepCursor cursor = DeepSandbox.listing(either, query).stream()) {
            List<LeadSummary> listed = DeepSandbox.drain(cursor);
            assertEquals(
                    expected.stream().map(LeadSummary::id).sorted().toList(),
                    listed.stream().map(LeadSummary::id).sorted().toList(),
                    "every lead of either group, once");
            for (int i = 1; i < listed.size(); i++) {
                assertTrue(
                        LeadOrder.of(COUNT, query.sortOrder()).compare(listed.get(i - 1), listed.get(i)) <= 0
                                || number(listed.get(i - 1), COUNT).equals(number(listed.get(i), COUNT)),
                        "in the number's order at " + i);
            }
            assertEquals(0, cursor.outOfReach());
        }
    }

    @Test
    void onSixtyThousandLeadsEveryPageIsTheStreamsAndTheJumpCostsARoundTripPerWindow() throws Exception {
        // $sessions is 1 for about a fifth of the leads: 12,000 of 60,000, one long tie, last or first
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults()
                        .withLeads(60_000)
                        .withSeed(19)
                        .withClock(SandboxClock.fixedAt(Instant.now())));
                DashlyClient client = new DashlyClient(ClientConfig.of(big.baseUrl(), big.appId(), big.token()))) {
            for (SortOrder order : SortOrder.values()) {
                LeadQuery query = LeadQuery.defaults().withSort("$sessions", order);
                List<LeadSummary> expected = expected(DeepSandbox.expected(big, FilterGroups.all(), query), query);
                int size = expected.size();
                try (DeepListing listing = new DeepListing(client, FilterGroups.all(), query, big.clock())) {
                    DeepPage first = listing.page(0, 20);
                    DeepListingTest.assertSameLeads(expected.subList(0, 20), first.leads(), "$sessions");
                    int before = big.requests().count();
                    int lastPage = (size - 1) / 20 * 20;
                    DeepPage last = listing.page(lastPage, 20);
                    int jump = big.requests().count() - before;
                    System.out.printf(
                            "Jump to the last page of %,d leads ($sessions %s): %d requests%n", size, order, jump);
                    DeepListingTest.assertSameLeads(expected.subList(lastPage, size), last.leads(), "$sessions");
                    assertEquals(size, last.total());
                    assertEquals(0, last.outOfReach());
                    assertTrue(last.reasons().isEmpty(), last.reasons().toString());
                    assertTrue(jump <= 24, jump + " requests");
                    int tieStart = firstOf(expected, "$sessions", BigDecimal.ONE);
                    for (int offset :
                            new int[] {Math.max(0, tieStart - 7), tieStart + 9_990, 9_990, 10_000, 33_333, lastPage - 20
                            }) {
                        DeepPage page = listing.page(offset, 20);
                        DeepListingTest.assertSameLeads(
                                expected.subList(offset, Math.min(size, offset + 20)), page.leads(), "$sessions");
                    }
                }
            }
        }
    }

    private static void assertStreams(FilterGroups groups, LeadQuery query) throws Exception {
        List<LeadSummary> expected = expected(groups, query);
        int tie = (int) expected.stream()
                .filter(lead -> number(lead, COUNT).map(BigDecimal.ONE::equals).orElse(false))
                .count();
        assertTrue(tie >= LeadQuery.MAX_WINDOW, "a long tie: " + tie);
        try (DeepCursor cursor = DeepSandbox.listing(groups, query).stream()) {
            List<LeadSummary> listed = DeepSandbox.drain(cursor);
            System.out.printf(
                    "Deep listing of %,d leads, a tie of %,d (%s %s): %d requests%n",
                    listed.size(), tie, COUNT, query.sortOrder(), cursor.requests());
            DeepListingTest.assertSameLeads(expected, listed, COUNT);
            assertEquals(expected.size(), cursor.total());
            assertEquals(0, cursor.outOfReach());
            assertTrue(
                    cursor.outOfReachReasons().isEmpty(),
                    cursor.outOfReachReasons().toString());
        }
    }

    /** The sandbox's leads in the server's order, each run of 10,000 or more equal numbers re-sorted by last visit. */
    static List<LeadSummary> expected(FilterGroups groups, LeadQuery query) {
        return expected(DeepSandbox.expected(groups, query), query);
    }

    private static List<LeadSummary> expected(List<LeadSummary> inServerOrder, LeadQuery query) {
        List<LeadSummary> leads = new ArrayList<>(inServerOrder);
        String prop = query.sortProp();
        int start = 0;
        for (int i = 1; i <= leads.size(); i++) {
            Optional<BigDecimal> value = number(leads.get(start), prop);
            if (i == leads.size() || value.isEmpty() || !value.equals(number(leads.get(i), prop))) {
                if (value.isPresent() && i - start >= LeadQuery.MAX_WINDOW) {
                    leads.subList(start, i).sort(LeadOrder.of("$last_seen", query.sortOrder()));
                }
                start = i;
            }
        }
        return leads;
    }

    private static int firstOf(List<LeadSummary> leads, String prop, BigDecimal value) {
        for (int i = 0; i < leads.size(); i++) {
            if (number(leads.get(i), prop).map(value::equals).orElse(false)) {
                return i;
            }
        }
        throw new AssertionError("no lead of " + value);
    }

    private static Optional<BigDecimal> number(LeadSummary lead, String prop) {
        return PropValues.number(lead.prop(prop)).map(BigDecimal::stripTrailingZeros);
    }
}
