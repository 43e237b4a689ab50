package app.leadbrowser.reliability;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.RetryPolicy;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.SandboxServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer in front of the real sandbox: each request takes the next scripted {@link ResponseFault}, or
 * is forwarded to the sandbox when the script is empty. The good answers are the sandbox's own; the faults are
 * built from them, so wrong types and huge strings sit in otherwise real bodies.
 */
final class FaultyProxy implements AutoCloseable {
    /**
     * Short timeouts so a stall costs a fraction of a second; generous enough for a loaded 2-core machine (250 ms let
     * good answers time out with the build and a mutation run sharing the cores).
     */
    static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    /** The size cap given to the clients under test. */
    static final long MAX_RESPONSE_BYTES = 1024 * 1024;

    private final SandboxServer sandbox;
    private final MockWebServer server = new MockWebServer();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Deque<ResponseFault> script = new ArrayDeque<>();
    private final List<ResponseFault> served = new ArrayList<>();
    private Random random = new Random(0);

    FaultyProxy(SandboxServer sandbox) throws IOException {
        this.sandbox = sandbox;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    /** A client through this proxy with short timeouts, the size cap, and this retry policy (no real waits). */
    DashlyClient client(RetryPolicy retries) {
        return client(retries, READ_TIMEOUT);
    }

    /** The same with another read timeout (for tests that stage no stall and must not take a slow answer for one). */
    DashlyClient client(RetryPolicy retries, Duration readTimeout) {
        return new DashlyClient(ClientConfig.of(server.url("/").toString(), sandbox.appId(), sandbox.token())
                .withTimeouts(readTimeout, readTimeout, CALL_TIMEOUT)
                .withRetries(retries, duration -> {})
                .withMaxResponseBytes(MAX_RESPONSE_BYTES));
    }

    /** Sends a few lists and cards through the proxy, so cold JIT does not pass for a stall in the first tries. */
    void warmUp() throws Exception {
        try (DashlyClient client =
                new DashlyClient(ClientConfig.of(server.url("/").toString(), sandbox.appId(), sandbox.token()))) {
            for (String property : List.of("$last_seen", "$name", "$score", "$email")) {
                for (SortOrder order : SortOrder.values()) {
                    for (LeadSummary lead : client.listLeads(
                                    LeadQuery.defaults().withSort(property, order))
                            .execute()
                            .leads()
                            .subList(0, 3)) {
                        client.getLead(lead.id()).execute();
                    }
                }
            }
        }
    }

    /** Replaces the script: the next requests get these faults in order, then the sandbox's answers. */
    synchronized void script(List<ResponseFault> faults, long seed) {
        script.clear();
        script.addAll(faults);
        served.clear();
        random = new Random(seed);
    }

    /** What each request since the last {@link #script} got, in order ({@code null} for a forwarded answer). */
    synchronized List<ResponseFault> served() {
        return new ArrayList<>(served);
    }

    private MockResponse answer(RecordedRequest request) {
        ResponseFault fault;
        Random draws;
        synchronized (this) {
            fault = script.poll();
            served.add(fault);
            draws = new Random(random.nextLong());
        }
        if (fault != null && !fault.needsRealBody()) {
            return fault.response(null, draws);
        }
        String body = forward(request);
        return fault == null ? ResponseFault.ok(body) : fault.response(body, draws);
    }

    private String forward(RecordedRequest request) {
        HttpRequest forwarded = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + request.getTarget()))
                .header("Authorization", "Token " + sandbox.token())
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            return http.send(forwarded, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox did not answer the proxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
