package app.leadbrowser.client.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Combined listings (OR of AND groups) against the sandbox, page by page as the table asks: the pages hold exactly the
 * leads the sandbox's evaluator ({@code FilterEvaluator}) accepts, each once, in the order the server lists all leads
 * in, and every page tells the exact count (the groups' and their intersections' totals). The workspace is small
 * enough (1,500 leads) for the server's full order to be read within the 10,000-lead window; {@code DeepListingTest}
 * takes combined listings past it.
 */
class CombinedAgainstSandboxTest {
    static SandboxServer sandbox;
    static DashlyClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(1_500));
        client = new DashlyClient(ClientConfig.of(sandbox.baseUrl(), sandbox.appId(), sandbox.token()));
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    static Stream<Arguments> expressions() {
        return Stream.of(
                expression(
                        "$sessions",
                        SortOrder.DESC,
                        Filter.and(text("$city", Operator.STR_EQ, "Moscow"), number("$sessions", Operator.GT, 20)),
                        Filter.and(number("$sessions", Operator.GT, 80))),
                expression(
                        "$name",
                        SortOrder.ASC,
                        Filter.and(text("$country", Operator.STR_EQ, "Germany")),
                        Filter.and(text("$name", Operator.STR_CONTAINS, "an"), Conditions.known("$phone"))),
                expression(
                        "$last_seen",
                        SortOrder.DESC,
                        Filter.and(number("$sessions", Operator.GT, 10)),
                        Filter.and(number("$sessions", Operator.GT, 30)),
                        Filter.and(text("$email", Operator.STR_CONTAINS, "gmail"))),
                expression(
                        "$utm_campaign",
                        SortOrder.ASC,
                        Filter.and(text("$utm_source", Operator.STR_EQ, "google")),
                        Filter.and(text("$city", Operator.STR_EQ, "Berlin")),
                        Filter.and(Conditions.unknown("$city"), number("$sessions", Operator.LT, 3))),
                expression(
                        "$city",
                        SortOrder.DESC,
                        Filter.and(Conditions.range("$sessions", 1, 2)),
                        Filter.and(Conditions.range("$sessions", 2, 3)),
                        Filter.and(text("$country", Operator.STR_EQ, "Russia"), Conditions.isTrue("subscribed")),
                        Filter.and(Conditions.listContains("viewed_categories", "shoes")),
                        Filter.and(number("orders", Operator.GT, 5))));
    }

    @ParameterizedTest
    @MethodSource("expressions")
    void pagesListWhatTheEvaluatorAcceptsInTheServersOrderWithTheExactCount(
            String sortProp, SortOrder order, FilterGroups groups) throws ApiException {
        Instant now = Instant.now();
        List<String> expected = serverOrder(sortProp, order).stream()
                .filter(lead -> groups.matches(lead.props(), now))
                .map(LeadSummary::id)
                .toList();
        assertTrue(expected.size() > 100, "the expression lists more than a page or two: " + expected.size());

        DeepListing listing =
                new DeepListing(client, groups, LeadQuery.defaults().withSort(sortProp, order), Clock.systemUTC());
        List<String> merged = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            DeepPage page = listing.page(offset, 50);
            page.leads().forEach(lead -> merged.add(lead.id()));
            assertEquals(expected.size(), page.total(), "the exact count on every page");
            if (page.isLast()) {
                break;
            }
        }
        listing.close();
        assertEquals(merged.size(), new HashSet<>(merged).size(), "each lead once");
        assertEquals(expected, merged);
    }

    /** Every lead of the workspace, in the order the server lists them for this sort. */
    static List<LeadSummary> serverOrder(String sortProp, SortOrder order) throws ApiException {
        List<LeadSummary> all = new ArrayList<>();
        LeadQuery query = new LeadQuery(Filter.all(), sortProp, order, 0, LeadQuery.MAX_LIMIT, true);
        while (true) {
            LeadPage page = client.listLeads(query).execute();
            all.addAll(page.leads());
            if (page.isLast()) {
                return all;
            }
            query = query.nextPage();
        }
    }

    static Arguments expression(String sortProp, SortOrder order, Filter... groups) {
        return Arguments.of(sortProp, order, new FilterGroups(List.of(groups)));
    }

    static app.leadbrowser.client.filter.Condition text(String property, Operator operator, String value) {
        return Conditions.text(property, operator, value);
    }

    static app.leadbrowser.client.filter.Condition number(String property, Operator operator, long value) {
        return Conditions.number(property, operator, value);
    }
}
