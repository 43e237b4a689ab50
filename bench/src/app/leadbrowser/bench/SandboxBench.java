package app.leadbrowser.bench;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.sandbox.DemoWorkspace;
import app.leadbrowser.sandbox.RecordedRequest;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 5: generating the 12,000-lead demo workspace, and a filtered list request against the sandbox with no
 * latency: the server's time to answer (from its request log) and the whole loopback round trip, each with a filter
 * the sandbox has not evaluated before, then the same request again (its matches cached). Args: runs.
 */
public final class SandboxBench {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<Double> generation = new ArrayList<>();
        for (int i = -3; i < runs; i++) {
            long start = System.nanoTime();
            DemoWorkspace.generate(12_000, 42, "100", Instant.now());
            if (i >= 0) {
                generation.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.println(InteractionBench.verdict("5 sandbox: generate 12,000 leads (warm JVM)", generation, 300, "≤ 300 ms"));
        List<Double> freshServer = new ArrayList<>();
        List<Double> fresh = new ArrayList<>();
        List<Double> repeated = new ArrayList<>();
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults());
                DashlyClient client =
                        new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()))) {
            for (int i = -50; i < runs * 5; i++) {
                // a filter the sandbox has not seen (the second condition holds for every lead but makes each
                // filter new, so nothing comes from the sandbox's cache of matches), then the same one again
                LeadQuery query = LeadQuery.defaults()
                        .withFilter(Filter.and(
                                Conditions.number("$sessions", Operator.GT, 2 + Math.floorMod(i, 20)),
                                Conditions.text("$email", Operator.STR_CONTAINS, "a"),
                                Conditions.number("$sessions", Operator.LT, 1_000_000 + i)));
                long start = System.nanoTime();
                client.listLeads(query).execute();
                long firstDone = System.nanoTime();
                Duration serverTime = lastServerTime(server);
                client.listLeads(query).execute();
                if (i >= 0) {
                    freshServer.add(serverTime.toNanos() / 1e6);
                    fresh.add((firstDone - start) / 1e6);
                    repeated.add((System.nanoTime() - firstDone) / 1e6);
                }
            }
        }
        System.out.println(InteractionBench.verdict(
                "5 sandbox: list request with a new filter (3 conditions over 12,000 leads), server time",
                freshServer,
                5,
                "≤ 5 ms"));
        System.out.println(InteractionBench.verdict(
                "5 sandbox: the same request, loopback round trip (client included)", fresh, 5, "info"));
        System.out.println(InteractionBench.verdict(
                "5 sandbox: the same filter again (matches cached by the sandbox), loopback round trip", repeated, 5, "info"));
    }

    private static Duration lastServerTime(SandboxServer server) {
        List<RecordedRequest> requests = server.requests().all();
        return requests.get(requests.size() - 1).serverTime();
    }
}
