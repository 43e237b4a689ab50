package app.leadbrowser.client.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.merge.LeadOrder;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The deep listing against the sandbox's own evaluator, over one 30,000-lead sandbox shared by every try: random flat
 * filters (AND or OR of 0 to 4 conditions, every operator family) and sorts (dates and numbers, both ways, with
 * missing values and ties).
 *
 * <p>A still workspace: the listing is exactly the leads the evaluator selects, each once, in the server's order.
 * A moving one (every 2,500 leads read, a lead is touched and the server's clock steps up to 15 minutes, while the
 * listing's own clock stays at the start): every lead that stayed put (not touched, matching at every instant the
 * clock took) is listed, once, and those leads keep the server's order.
 */
class DeepListingPropertyTest {
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger PAST_THE_WINDOW = new AtomicInteger();
    private static final AtomicLong NANOS = new AtomicLong();

    @AfterContainer
    static void figures() {
        System.out.printf(
                "Deep listing property: %d tries (%d past the 10,000 window) in %.1f s%n",
                TRIES.get(), PAST_THE_WINDOW.get(), NANOS.get() / 1e9);
    }

    @Property(tries = 200, seed = "19019", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void theListingIsTheEvaluatorsLeadsEachOnceInOrder(
            @ForAll("filters") Filter filter,
            @ForAll("sorts") LeadQuery query,
            @ForAll("moves") boolean moving,
            @ForAll long seed)
            throws Exception {
        long started = System.nanoTime();
        FilterGroups groups = FilterGroups.of(filter);
        if (moving) {
            checkWhileMoving(groups, query, new Random(seed));
        } else {
            checkStill(groups, query);
        }
        TRIES.incrementAndGet();
        NANOS.addAndGet(System.nanoTime() - started);
    }

    private static void checkStill(FilterGroups groups, LeadQuery query) throws Exception {
        List<LeadSummary> expected = DeepSandbox.expected(groups, query);
        countWide(expected.size());
        try (DeepCursor cursor = DeepSandbox.listing(groups, query).stream()) {
            List<LeadSummary> listed = DeepSandbox.drain(cursor);
            DeepListingTest.assertSameLeads(expected, listed, query.sortProp());
            assertEquals(expected.size(), cursor.total(), "the filter's total");
            assertTrue(
                    cursor.outOfReachReasons().isEmpty(),
                    cursor.outOfReachReasons().toString());
        }
    }

    private static void checkWhileMoving(FilterGroups groups, LeadQuery query, Random random) throws Exception {
        SandboxServer server = DeepSandbox.server();
        List<LeadSummary> before = server.workspace().leads();
        List<Instant> instants = new ArrayList<>(List.of(server.clock().instant()));
        Clock listingClock = Clock.fixed(instants.get(0), ZoneOffset.UTC); // the server's clock runs ahead of it
        Set<String> touched = new HashSet<>();
        List<LeadSummary> listed = new ArrayList<>();
        try (DeepCursor cursor = DeepSandbox.listing(groups, query, listingClock).stream()) {
            for (LeadSummary lead = cursor.next(); lead != null; lead = cursor.next()) {
                listed.add(lead);
                if (listed.size() % 2_500 == 0) {
                    touched.add(server.touch(
                                    before.get(random.nextInt(before.size())).id())
                            .id());
                    server.clock().advance(Duration.ofSeconds(random.nextInt(15 * 60)));
                    instants.add(server.clock().instant());
                }
            }
        }
        List<LeadSummary> stayedPut = new ArrayList<>();
        for (LeadSummary lead : before) {
            if (!touched.contains(lead.id()) && instants.stream().allMatch(t -> groups.matches(lead.props(), t))) {
                stayedPut.add(lead);
            }
        }
        stayedPut.sort(LeadOrder.of(query.sortProp(), query.sortOrder()));
        countWide(stayedPut.size());
        Set<String> ids = new HashSet<>();
        listed.forEach(lead -> assertTrue(ids.add(lead.id()), "listed twice: " + lead.id()));
        Set<String> wanted = new HashSet<>();
        stayedPut.forEach(lead -> wanted.add(lead.id()));
        List<LeadSummary> listedThatStayed =
                listed.stream().filter(lead -> wanted.contains(lead.id())).toList();
        DeepListingTest.assertSameLeads(stayedPut, listedThatStayed, query.sortProp());
    }

    private static void countWide(int leads) {
        if (leads > 10_000) {
            PAST_THE_WINDOW.incrementAndGet();
        }
    }

    @Provide
    Arbitrary<Boolean> moves() {
        return Arbitraries.of(true, false, false);
    }

    @Provide
    Arbitrary<LeadQuery> sorts() {
        return Combinators.combine(
                        Arbitraries.of(
                                "$last_seen",
                                "$last_seen",
                                "$last_contacted",
                                "$event_5801_last",
                                "$sessions",
                                "orders",
                                "ltv"),
                        Arbitraries.of(SortOrder.values()))
                .as((prop, order) -> LeadQuery.defaults().withSort(prop, order));
    }

    @Provide
    Arbitrary<Filter> filters() {
        // few conditions most of the time: a broad filter goes past the window, which is the point
        Arbitrary<Integer> count = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, 0),
                net.jqwik.api.Tuple.of(4, 1),
                net.jqwik.api.Tuple.of(3, 2),
                net.jqwik.api.Tuple.of(1, 3),
                net.jqwik.api.Tuple.of(1, 4));
        return Combinators.combine(
                        Arbitraries.of(Junction.values()),
                        count.flatMap(n -> condition().list().ofSize(n)))
                .as(Filter::new);
    }

    private static Arbitrary<Condition> condition() {
        return Arbitraries.oneOf(
                Arbitraries.of("$phone", "$name", "orders", "ltv", "$last_contacted", "company")
                        .flatMap(p -> Arbitraries.of(Conditions.known(p), Conditions.unknown(p))),
                Combinators.combine(
                                Arbitraries.of("$sessions", "orders", "$event_5801_count"),
                                Arbitraries.of(
                                        Operator.EQ,
                                        Operator.NEQ,
                                        Operator.GT,
                                        Operator.GT_OR_UNKNOWN,
                                        Operator.LT,
                                        Operator.LT_OR_UNKNOWN),
                                Arbitraries.integers().between(0, 12))
                        .as((p, o, v) -> Conditions.number(p, o, v)),
                Arbitraries.integers().between(1, 40).map(from -> Conditions.range("$sessions", from, from + 30)),
                Combinators.combine(
                                Arbitraries.of("$country", "plan", "$email"),
                                Arbitraries.of(
                                        Operator.STR_EQ,
                                        Operator.STR_NEQ,
                                        Operator.STR_CONTAINS,
                                        Operator.STR_NOTCONTAINS),
                                Arbitraries.of("russia", "Germany", "free", "pro", "gmail", "a"))
                        .as((p, o, v) -> Conditions.text(p, o, v)),
                Arbitraries.of(Conditions.isTrue("subscribed"), Conditions.isFalse("subscribed")),
                Combinators.combine(
                                Arbitraries.of("$last_seen", "$last_contacted", "$event_5801_last"),
                                Arbitraries.of(
                                        Operator.DAYSLESS,
                                        Operator.DAYSMORE,
                                        Operator.DAYSLESS_OR_UNKNOWN,
                                        Operator.DAYSMORE_OR_UNKNOWN),
                                Arbitraries.integers().between(1, 300),
                                Arbitraries.of(DateUnit.DAYS, DateUnit.HOURS, DateUnit.WEEKS))
                        .as((p, o, n, u) -> Conditions.relativeDate(p, o, n, u)),
                Arbitraries.of("shoes", "books", "garden")
                        .map(item -> Conditions.listContains("viewed_categories", item)));
    }
}
