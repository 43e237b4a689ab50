package app.leadbrowser.bench;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.ExportResult;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure 3: exports the first 10,000 leads (200 pages of 50) from the sandbox with 100 ms latency, against the
 * floor of 200 requests × 100 ms at the client's 2 requests in flight. Args: runs.
 */
public final class ExportBench {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        long latencyMs = 100;
        int concurrency = 2;
        try (SandboxServer server = SandboxServer.start(
                        SandboxOptions.defaults().withLatency(Duration.ofMillis(latencyMs), Duration.ZERO));
                DashlyClient client =
                        new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()))) {
            Path dir = Files.createTempDirectory("lead-browser-export-bench");
            List<Double> wall = new ArrayList<>();
            int written = 0;
            for (int i = -1; i < runs; i++) {
                long start = System.nanoTime();
                ExportResult result = new LeadExporter(client)
                        .export(LeadQuery.defaults(), ExportFormat.CSV, dir.resolve("leads.csv"), (done, total) -> {});
                if (i >= 0) {
                    wall.add((System.nanoTime() - start) / 1e6);
                }
                written = result.exported();
            }
            double floor = 200.0 * latencyMs / concurrency;
            double ratio = Stats.median(wall) / floor;
            System.out.println(Stats.row(
                    String.format(Locale.ROOT, "3 export %,d leads, L = 100 ms (floor %.0f ms = 200 × L / %d in flight)", written, floor, concurrency),
                    wall,
                    "ms",
                    "≤ 1.15 × floor",
                    String.format(Locale.ROOT, "%.2f × floor: %s", ratio, ratio <= 1.15 ? "met" : "NOT met")));
        }
    }
}
