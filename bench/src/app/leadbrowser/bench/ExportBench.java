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
 * Figure 3: exports every lead of a 60,000-lead sandbox (past the list method's 10,000 window: a deep listing) with
 * 100 ms latency, against the floor of issue 19: pages of 50 ÷ 2 in flight × L, plus one L per window of 10,000.
 * Args: runs.
 */
public final class ExportBench {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        long latencyMs = 100;
        int concurrency = 2;
        int leads = 60_000;
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults()
                        .withLeads(leads)
                        .withLatency(Duration.ofMillis(latencyMs), Duration.ZERO));
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
            int pages = (leads + LeadQuery.MAX_LIMIT - 1) / LeadQuery.MAX_LIMIT;
            int windows = (leads + LeadQuery.MAX_WINDOW - 1) / LeadQuery.MAX_WINDOW;
            double floor = (double) pages / concurrency * latencyMs + windows * latencyMs;
            double ratio = Stats.median(wall) / floor;
            System.out.println(Stats.row(
                    String.format(
                            Locale.ROOT,
                            "3 export %,d leads, L = 100 ms (floor %.0f ms = %d pages / %d in flight × L + %d windows × L)",
                            written,
                            floor,
                            pages,
                            concurrency,
                            windows),
                    wall,
                    "ms",
                    "≤ 1.15 × floor",
                    String.format(Locale.ROOT, "%.2f × floor: %s", ratio, ratio <= 1.15 ? "met" : "NOT met")));
        }
    }
}
