package app.leadbrowser.reliability;

import static app.leadbrowser.reliability.Readable.assertReadable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Randomized sequences of bad answers before a good one, through the real client with retries: every call ends
 * (bounded by the timeouts) with the sandbox's answer or an {@link ApiException} with a readable message, and
 * the next call after the faults gets the sandbox's answer.
 */
class ClientFaultProperties {
    static SandboxServer sandbox;
    static FaultyProxy proxy;
    static DashlyClient direct;
    static List<String> leadIds;

    static SuiteFigures figures;

    @BeforeContainer
    static void start() throws Exception {
        figures = new SuiteFigures("ClientFaultProperties");
        sandbox = SandboxServer.start(SandboxOptions.defaults().withLeads(500));
        proxy = new FaultyProxy(sandbox);
        proxy.warmUp();
        direct = new DashlyClient(
                app.leadbrowser.client.http.ClientConfig.of(sandbox.baseUrl(), sandbox.appId(), sandbox.token()));
        leadIds = ids(direct.listLeads(LeadQuery.defaults().withLimit(50)).execute());
    }

    @AfterContainer
    static void stop() throws Exception {
        figures.print();
        direct.close();
        proxy.close();
        sandbox.close();
    }

    @Provide
    Arbitrary<List<ResponseFault>> faults() {
        return Arbitraries.of(ResponseFault.class).list().ofMaxSize(4);
    }

    @Property(tries = 600, seed = "20240601", shrinking = ShrinkingMode.OFF)
    void aListCallEndsInThePageOrAReadableError(
            @ForAll("faults") List<ResponseFault> faults,
            @ForAll @IntRange(min = 1, max = 4) int attempts,
            @ForAll @IntRange(min = 0, max = 9) int page,
            @ForAll boolean ascending,
            @ForAll long seed)
            throws Exception {
        figures.tryStarted();
        LeadQuery query = LeadQuery.defaults()
                .withSort("$last_seen", ascending ? SortOrder.ASC : SortOrder.DESC)
                .withOffset(page * 20);
        List<String> expected = ids(direct.listLeads(query).execute());
        try (DashlyClient client = proxy.client(retries(attempts))) {
            proxy.script(faults, seed);
            Outcome<LeadPage> first = Outcome.of(client.listLeads(query));
            List<ResponseFault> served = proxy.served();
            if (first.failure == null && lastServedWasGood(served)) {
                assertEquals(expected, ids(first.value), "served " + served);
            }
            checkCommon(first, served, attempts);

            proxy.script(List.of(), seed);
            assertEquals(expected, ids(Outcome.of(client.listLeads(query)).value), "after " + served);
        }
        figures.tryPassed();
    }

    @Property(tries = 150, seed = "20240602", shrinking = ShrinkingMode.OFF)
    void aCardCallEndsInTheLeadOrAReadableError(
            @ForAll("faults") List<ResponseFault> faults,
            @ForAll @IntRange(min = 1, max = 4) int attempts,
            @ForAll @IntRange(min = 0, max = 49) int which,
            @ForAll long seed)
            throws Exception {
        figures.tryStarted();
        String id = leadIds.get(which);
        Lead expected = direct.getLead(id).execute();
        try (DashlyClient client = proxy.client(retries(attempts))) {
            proxy.script(faults, seed);
            Outcome<Lead> first = Outcome.of(client.getLead(id));
            List<ResponseFault> served = proxy.served();
            if (first.failure == null && lastServedWasGood(served)) {
                assertEquals(expected.source(), first.value.source(), "served " + served);
            }
            checkCommon(first, served, attempts);

            proxy.script(List.of(), seed);
            assertEquals(expected.source(), Outcome.of(client.getLead(id)).value.source(), "after " + served);
        }
        figures.tryPassed();
    }

    private static void checkCommon(Outcome<?> outcome, List<ResponseFault> served, int attempts) {
        assertTrue(served.size() <= attempts, "more requests than attempts: " + served);
        if (outcome.failure != null) {
            assertReadable(outcome.failure.getMessage());
            ResponseFault last = served.isEmpty() ? null : served.get(served.size() - 1);
            assertNotNull(last, "a good answer failed: " + outcome.failure.getMessage());
        }
        assertTrue(
                outcome.elapsed.compareTo(
                                FaultyProxy.CALL_TIMEOUT.multipliedBy(attempts).plusSeconds(2))
                        < 0,
                "took " + outcome.elapsed);
    }

    private static boolean lastServedWasGood(List<ResponseFault> served) {
        return !served.isEmpty() && served.get(served.size() - 1) == null;
    }

    private static RetryPolicy retries(int attempts) {
        return new RetryPolicy(
                attempts, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.5);
    }

    private static List<String> ids(LeadPage page) {
        return page.leads().stream().map(LeadSummary::id).collect(Collectors.toList());
    }

    /** A call's result or its failure; any throwable other than {@link ApiException} escapes and fails the try. */
    static final class Outcome<T> {
        final T value;
        final ApiException failure;
        final Duration elapsed;

        private Outcome(T value, ApiException failure, Duration elapsed) {
            this.value = value;
            this.failure = failure;
            this.elapsed = elapsed;
        }

        static <T> Outcome<T> of(ApiCall<T> call) {
            long start = System.nanoTime();
            try {
                T value = call.execute();
                return new Outcome<>(value, null, Duration.ofNanos(System.nanoTime() - start));
            } catch (ApiException e) {
                return new Outcome<>(null, e, Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }
}
