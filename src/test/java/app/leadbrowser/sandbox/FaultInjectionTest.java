package app.leadbrowser.sandbox;

import static app.leadbrowser.sandbox.AuthAndRoutingTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ConnectionException;
import app.leadbrowser.client.error.InvalidResponseException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.client.http.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every fault kind is observable over HTTP, through the real client where it fits. */
class FaultInjectionTest {
    static SandboxServer server;
    static RawApi api;
    static String users;

    @BeforeAll
    static void start() throws IOException {
        server = SandboxServer.start(SandboxOptions.defaults().withLeads(300));
        api = new RawApi(server);
        users = "/apps/" + server.appId() + "/users";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void clearFaults() {
        server.faults().clear();
    }

    @Test
    void statusFaultsAnswerWithTheirErrorEnvelope() {
        server.faults().enqueue(Fault.status(500), Fault.status(502), Fault.status(503));
        assertEquals(3, server.faults().pending());
        assertError(api.get(users), 500, "Error500");
        assertError(api.get(users), 502, "BadGateway");
        assertError(api.get(users), 503, "ServiceUnavailable");
        assertEquals(200, api.get(users).status(), "the queue is used up");
    }

    @Test
    void rateLimitsComeWithAndWithoutRetryAfter() {
        server.faults().enqueue(Fault.rateLimited(Duration.ofMillis(1500)), Fault.rateLimitedNoHeader());
        RawApi.Answer withHeader = api.get(users);
        assertError(withHeader, 429, "TooManyRequests");
        assertEquals("2", withHeader.retryAfter(), "whole seconds, rounded up");
        RawApi.Answer withoutHeader = api.get(users);
        assertError(withoutHeader, 429, "TooManyRequests");
        assertNull(withoutHeader.retryAfter());
    }

    @Test
    void theClientRetriesThroughA503AndHonoursRetryAfter() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        RetryPolicy quick =
                new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(30), () -> 0);
        try (DashlyClient client = client(c -> c.withRetries(quick, waits::add))) {
            server.faults().enqueue(Fault.status(503), Fault.rateLimited(Duration.ofSeconds(4)));
            int before = server.requests().count();
            LeadPage page = client.listLeads(LeadQuery.defaults()).execute();
            assertEquals(300, page.total());
            assertEquals(3, server.requests().count() - before);
            assertEquals(Duration.ofSeconds(4), waits.get(1), "the Retry-After the sandbox sent");
        }
    }

    @Test
    void aStallDelaysTheAnswer() {
        server.faults().enqueue(Fault.stall(Duration.ofMillis(400)));
        long started = System.nanoTime();
        assertEquals(200, api.get(users).status());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 400);
    }

    @Test
    void aStallLongerThanTheClientsTimeoutIsAConnectionError() {
        try (DashlyClient client =
                client(c -> c.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(3))
                        .withRetries(RetryPolicy.none(), Sleeper.SYSTEM))) {
            server.faults().enqueue(Fault.stall(Duration.ofSeconds(20)));
            assertThrows(ConnectionException.class, () -> client.listLeads(LeadQuery.defaults())
                    .execute());
        }
    }

    @Test
    void aResetDropsTheConnectionWithoutAnAnswer() {
        // java.net.http tries an idempotent GET once more when the connection closes before an answer
        server.faults().enqueue(Fault.reset(), Fault.reset());
        assertNotNull(api.failureOf(users));
        assertEquals(0, last().status(), "recorded as no answer");
        server.faults().clear();
        server.faults().enqueue(Fault.reset());
        try (DashlyClient client = client(c -> c.withRetries(RetryPolicy.none(), Sleeper.SYSTEM))) {
            assertThrows(ConnectionException.class, () -> client.listLeads(LeadQuery.defaults())
                    .execute());
        }
    }

    @Test
    void aTruncatedBodyEndsEarlyAndAtOnce() {
        server.faults().enqueue(Fault.truncatedBody());
        long started = System.nanoTime();
        assertNotNull(api.failureOf(users), "the body is shorter than its Content-Length");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5000, "no wait for a timeout");
        server.faults().clear();
        server.faults().enqueue(Fault.truncatedBody());
        try (DashlyClient client = client(c -> c.withRetries(RetryPolicy.none(), Sleeper.SYSTEM))) {
            assertThrows(ConnectionException.class, () -> client.listLeads(LeadQuery.defaults())
                    .execute());
        }
    }

    @Test
    void malformedJsonIsAnInvalidResponse() {
        server.faults().enqueue(Fault.malformedJson());
        try (DashlyClient client = client(c -> c.withRetries(RetryPolicy.none(), Sleeper.SYSTEM))) {
            assertThrows(InvalidResponseException.class, () -> client.listLeads(LeadQuery.defaults())
                    .execute());
        }
    }

    @Test
    void latencyAndJitterDelayEveryRequest() {
        server.faults().setLatency(Duration.ofMillis(200), Duration.ofMillis(100));
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            assertEquals(200, api.get(users, "limit", "1").status());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 200);
        }
    }

    @Test
    void randomFaultsFollowTheSeed() throws IOException {
        List<Integer> first =
                randomOutcomes(SandboxOptions.defaults().withLeads(50).withSeed(5));
        List<Integer> second =
                randomOutcomes(SandboxOptions.defaults().withLeads(50).withSeed(5));
        assertEquals(first, second, "the same seed, the same faults");
        assertTrue(new HashSet<>(first).size() >= 5, "a mix of kinds: " + first);
        assertTrue(first.contains(200) && first.contains(429) && first.contains(0), first.toString());
    }

    /** The statuses the log records for 24 requests at fault rate 1 (0: dropped; 200: stalled or truncated). */
    private static List<Integer> randomOutcomes(SandboxOptions options) throws IOException {
        try (SandboxServer faulty = SandboxServer.start(options.withFaultRate(1))) {
            faulty.faults().setRandomStall(Duration.ofMillis(10));
            RawApi raw = new RawApi(faulty);
            for (int i = 0; i < 24; i++) {
                raw.failureOf("/apps/" + faulty.appId() + "/users?limit=1");
            }
            List<Integer> statuses = new ArrayList<>();
            faulty.requests().all().forEach(r -> statuses.add(r.status()));
            return statuses;
        }
    }

    private static RecordedRequest last() {
        List<RecordedRequest> all = server.requests().all();
        return all.get(all.size() - 1);
    }

    private static DashlyClient client(java.util.function.UnaryOperator<ClientConfig> adjust) {
        return new DashlyClient(adjust.apply(ClientConfig.of(server.baseUrl(), server.appId(), server.token())));
    }
}
