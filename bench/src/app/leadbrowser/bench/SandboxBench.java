package app.leadbrowser.bench;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.sandbox.DemoWorkspace;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 5: generating the 12,000-lead demo workspace, and a filtered list request against the sandbox with no
 * latency, timed end to end over loopback (an upper bound on the server time: it includes the client's parsing).
 * Args: runs.
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
        List<Double> request = new ArrayList<>();
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults());
                DashlyClient client =
                        new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()))) {
            for (int i = -50; i < runs * 5; i++) {
                LeadQuery query = LeadQuery.defaults()
                        .withFilter(Filter.and(
                                Conditions.number("$sessions", Operator.GT, 2 + i % 20),
                                Conditions.text("$email", Operator.STR_CONTAINS, "a")));
                long start = System.nanoTime();
                client.listLeads(query).execute();
                if (i >= 0) {
                    request.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        System.out.println(InteractionBench.verdict("5 sandbox: filtered list request, loopback round trip (≥ server time)", request, 5, "≤ 5 ms server"));
    }
}
