package app.leadbrowser.client.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.ConnectionException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The merge on its own, over lists held in memory (each group's list as a server would give it): order, ties,
 * dropped duplicates, the total's bound, and reading no further than asked. The order against the real server is
 * {@link MergedAgainstSandboxTest}'s.
 */
class MergedLeadSourceTest {
    private static final Filter A = Filter.and(Conditions.known("a"));
    private static final Filter B = Filter.and(Conditions.known("b"));
    private static final Filter C = Filter.and(Conditions.known("c"));

    /** A server holding one ready-sorted list per filter; counts the requests. */
    static final class ListServer implements PageFetcher {
        final Map<Filter, List<LeadSummary>> lists = new HashMap<>();
        final List<LeadQuery> asked = new ArrayList<>();

        @Override
        public LeadPage fetch(LeadQuery query) {
            asked.add(query);
            List<LeadSummary> all = lists.get(query.filter());
            int from = Math.min(query.offset(), all.size());
            int to = Math.min(query.offset() + query.limit(), all.size());
            return new LeadPage(all.size(), all.subList(from, to), query);
        }
    }

    static LeadSummary lead(long id, Object sessions) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (sessions != null) {
            props.put("$sessions", sessions);
        }
        return new LeadSummary(Long.toString(id), Presence.OFFLINE, props);
    }

    static List<String> ids(List<LeadSummary> leads) {
        return leads.stream().map(LeadSummary::id).toList();
    }

    static MergedLeadSource source(SortOrder order, Filter... groups) {
        return new MergedLeadSource(new FilterGroups(List.of(groups)), "$sessions", order);
    }

    @Test
    void keepsTheServersOrderAndDropsLeadsOfTwoGroups() throws ApiException {
        ListServer server = new ListServer();
        server.lists.put(A, List.of(lead(5, 50), lead(3, 40), lead(1, 10)));
        server.lists.put(B, List.of(lead(4, 45), lead(3, 40), lead(2, 5)));

        MergedPage page = source(SortOrder.DESC, A, B).page(0, 20, server);

        assertEquals(List.of("5", "4", "3", "1", "2"), ids(page.leads()));
        assertEquals(5, page.total(), "every group was read to its end: the count is exact");
        assertTrue(page.totalExact());
        assertTrue(page.isLast());
    }

    @Test
    void tiesGoByIdAndUnknownValuesComeLastInBothDirections() throws ApiException {
        ListServer server = new ListServer();
        server.lists.put(A, List.of(lead(1, 7), lead(30, 7), lead(2, null)));
        server.lists.put(B, List.of(lead(9, 7), lead(4, null)));
        assertEquals(
                List.of("1", "9", "30", "2", "4"),
                ids(source(SortOrder.ASC, A, B).page(0, 10, server).leads()));

        server.lists.put(A, List.of(lead(30, 7), lead(1, 7), lead(2, null)));
        server.lists.put(B, List.of(lead(9, 7), lead(4, null)));
        assertEquals(
                List.of("30", "9", "1", "4", "2"),
                ids(source(SortOrder.DESC, A, B).page(0, 10, server).leads()));
    }

    @Test
    void numbersBeforeBooleansBeforeTextsAndIdsAsNumbers() {
        var order = LeadOrder.of("$sessions", SortOrder.ASC);
        List<LeadSummary> leads = new ArrayList<>(
                List.of(lead(1, "b"), lead(2, true), lead(3, 2.5), lead(4, false), lead(5, "A"), lead(6, 10)));
        leads.sort(order);
        assertEquals(List.of("3", "6", "4", "2", "5", "1"), ids(leads));
        assertTrue(LeadOrder.compareIds("9", "10") < 0, "ids compare as numbers, not as text");
        assertTrue(LeadOrder.compareIds("18446744073709551615", "9223372036854775808") > 0, "unsigned 64-bit");
    }

    @Test
    void readsEachGroupOnlyAsFarAsThePagesAskedForNeed() throws ApiException {
        ListServer server = new ListServer();
        server.lists.put(A, evens(0, 300)); // ids 0, 2, 4… sorted by sessions = id, ascending
        server.lists.put(B, odds(0, 300));
        MergedLeadSource merge = source(SortOrder.ASC, A, B);

        MergedPage first = merge.page(0, 20, server);
        assertEquals(2, server.asked.size(), "one page of 50 per group");
        assertEquals(ids(IntStream.range(0, 20).mapToObj(i -> lead(i, i)).toList()), ids(first.leads()));
        assertFalse(first.totalExact());

        merge.page(20, 20, server);
        merge.page(60, 20, server);
        assertEquals(2, server.asked.size(), "the first 100 merged leads come from the pages read");
        merge.page(0, 20, server);
        assertEquals(2, server.asked.size(), "paging back reads nothing again");

        merge.page(100, 20, server);
        assertEquals(4, server.asked.size());
        assertEquals(
                List.of(50, 50),
                server.asked.subList(2, 4).stream().map(LeadQuery::offset).toList());
    }

    @Test
    void theTotalIsTheGroupsTotalsLessTheDuplicatesSeenUntilTheEndMakesItExact() throws ApiException {
        ListServer server = new ListServer();
        server.lists.put(A, numbered(0, 120)); // 0..119
        server.lists.put(B, numbered(100, 230)); // 100..229: 20 shared with A
        server.lists.put(C, numbered(200, 210)); // all shared with B
        MergedLeadSource merge = source(SortOrder.ASC, A, B, C);

        MergedPage first = merge.page(0, 20, server);
        assertEquals(120 + 130 + 10, first.total(), "nothing dropped yet: the sum is the bound");
        assertFalse(first.totalExact());

        MergedPage middle = merge.page(100, 50, server);
        assertEquals(260 - 20, middle.total(), "the 20 leads A and B share were met");
        assertTrue(middle.total() >= 230, "always an upper bound");

        List<String> all = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            MergedPage page = merge.page(offset, 50, server);
            all.addAll(ids(page.leads()));
            if (page.isLast()) {
                assertTrue(page.totalExact());
                assertEquals(230, page.total());
                break;
            }
        }
        assertEquals(ids(numbered(0, 230)), all, "every lead once, in order");
    }

    @Test
    void aFailedReadKeepsWhatWasReadAndTheNextCallGoesOn() throws ApiException {
        ListServer server = new ListServer();
        server.lists.put(A, evens(0, 300));
        server.lists.put(B, odds(0, 300));
        MergedLeadSource merge = source(SortOrder.ASC, A, B);
        merge.page(0, 20, server);

        PageFetcher broken = query -> {
            throw new ConnectionException("offline", null);
        };
        assertThrows(ConnectionException.class, () -> merge.page(100, 20, broken));

        MergedPage page = merge.page(100, 20, server);
        assertEquals(ids(numbered(100, 120)), ids(page.leads()));
        assertEquals(4, server.asked.size(), "the pages read before the failure were kept");
    }

    @Test
    void pagesOutsideTheWindowAreRefused() {
        MergedLeadSource merge = source(SortOrder.ASC, A, B);
        assertThrows(IllegalArgumentException.class, () -> merge.page(9_990, 20, new ListServer()));
        assertThrows(IllegalArgumentException.class, () -> merge.page(-1, 20, new ListServer()));
    }

    @Test
    void aSourceIsReusedOnlyForTheSameGroupsAndSort() {
        MergedLeadSource merge = source(SortOrder.ASC, A, B);
        FilterGroups same = new FilterGroups(List.of(A, B));
        assertTrue(merge.lists(same, "$sessions", SortOrder.ASC));
        assertFalse(merge.lists(same, "$sessions", SortOrder.DESC));
        assertFalse(merge.lists(same, "$name", SortOrder.ASC));
        assertFalse(merge.lists(new FilterGroups(List.of(A, C)), "$sessions", SortOrder.ASC));
        assertFalse(merge.lists(
                FilterGroups.of(Filter.and(Conditions.number("$sessions", Operator.GT, 1))),
                "$sessions",
                SortOrder.ASC));
    }

    /** Leads {@code from..to-1}, each with as many sessions as its id. */
    static List<LeadSummary> numbered(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> lead(i, i)).toList();
    }

    static List<LeadSummary> evens(int from, int to) {
        return numbered(from, to).stream()
                .filter(l -> Long.parseLong(l.id()) % 2 == 0)
                .toList();
    }

    static List<LeadSummary> odds(int from, int to) {
        return numbered(from, to).stream()
                .filter(l -> Long.parseLong(l.id()) % 2 == 1)
                .toList();
    }
}
