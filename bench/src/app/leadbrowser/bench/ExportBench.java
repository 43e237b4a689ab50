package app.leadbrowser.bench;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.ExportResult;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.sandbox.RecordedRequest;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 3: exports every lead of a 60,000-lead sandbox (past the list method's 10,000 window: a deep listing) with
 * 100 ms latency, against the floor of issue 19: pages of 50 ÷ 2 in flight × L, plus one L per window of 10,000.
 * Each run is taken apart on lines starting with {@code #} (the harness keeps only the table row): requests sent
 * and per lead, repeats dropped, the sandbox's own time per request, the walk and the file's writing after it; then
 * the round trip of one page without latency (the client's and the sandbox's time per request). Args: runs.
 */
public final class ExportBench {
    private static final long LATENCY_MS = 100;
    private static final int CONCURRENCY = 2;
    private static final int LEADS = 60_000;

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults()
                        .withLeads(LEADS)
                        .withLatency(Duration.ofMillis(LATENCY_MS), Duration.ZERO));
                DashlyClient client =
                        new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()))) {
            Path dir = Files.createTempDirectory("lead-browser-export-bench");
            List<Double> wall = new ArrayList<>();
            int written = 0;
            for (int i = -1; i < runs; i++) {
                int before = server.requests().count();
                AtomicLong walked = new AtomicLong();
                long start = System.nanoTime();
                ExportResult result = new LeadExporter(client)
                        .export(LeadQuery.defaults(), ExportFormat.CSV, dir.resolve("leads.csv"), (done, total) ->
                                walked.set(System.nanoTime()));
                long end = System.nanoTime();
                if (i >= 0) {
                    wall.add((end - start) / 1e6);
                }
                written = result.exported();
                describe(i, server.requests().all().subList(before, server.requests().count()), result, start, walked.get(), end);
            }
            roundTrip(server, client);
            int pages = (LEADS + LeadQuery.MAX_LIMIT - 1) / LeadQuery.MAX_LIMIT;
            int windows = (LEADS + LeadQuery.MAX_WINDOW - 1) / LeadQuery.MAX_WINDOW;
            double floor = (double) pages / CONCURRENCY * LATENCY_MS + windows * LATENCY_MS;
            double ratio = Stats.median(wall) / floor;
            System.out.println(Stats.row(
                    String.format(
                            Locale.ROOT,
                            "3 export %,d leads, L = 100 ms (floor %.0f ms = %d pages / %d in flight × L + %d windows × L)",
                            written,
                            floor,
                            pages,
                            CONCURRENCY,
                            windows),
                    wall,
                    "ms",
                    "≤ 1.15 × floor",
                    String.format(Locale.ROOT, "%.2f × floor: %s", ratio, ratio <= 1.15 ? "met" : "NOT met")));
        }
    }

    private static void describe(
            int run, List<RecordedRequest> sent, ExportResult result, long start, long walked, long end) {
        double serverMs = sent.stream().mapToLong(r -> r.serverTime().toNanos()).sum() / 1e6;
        long oneLead = sent.stream().filter(r -> "1".equals(r.param("limit"))).count();
        System.out.printf(
                Locale.ROOT,
                "# export run %s: %,d leads, %,d requests (%.4f per lead; %d of one lead), %,d repeats dropped;"
                        + " sandbox time %.0f ms in all (%.1f ms per request); walk %.0f ms, file written after it"
                        + " %.0f ms%n",
                run < 0 ? "warm-up" : String.valueOf(run + 1),
                result.exported(),
                sent.size(),
                (double) sent.size() / result.exported(),
                oneLead,
                result.duplicatesDropped(),
                serverMs,
                serverMs / sent.size(),
                (walked - start) / 1e6,
                (end - walked) / 1e6);
    }

    /** One page of 50 deep in the list, without latency, 200 times one after another: what a request costs here. */
    private static void roundTrip(SandboxServer server, DashlyClient client) throws Exception {
        server.faults().setLatency(Duration.ZERO, Duration.ZERO);
        LeadQuery page = LeadQuery.defaults().withLimit(LeadQuery.MAX_LIMIT).withOffset(5_000);
        for (int i = 0; i < 50; i++) {
            client.listLeads(page).execute();
        }
        int before = server.requests().count();
        long start = System.nanoTime();
        int n = 200;
        for (int i = 0; i < n; i++) {
            client.listLeads(page).execute();
        }
        double perRequest = (System.nanoTime() - start) / 1e6 / n;
        double serverMs = server.requests().all().subList(before, server.requests().count()).stream()
                        .mapToLong(r -> r.serverTime().toNanos())
                        .sum()
                / 1e6
                / n;
        System.out.printf(
                Locale.ROOT,
                "# a page of 50 without latency: %.1f ms a round trip, of which the sandbox %.1f ms, the client and the"
                        + " loopback (sending, reading, parsing the JSON) %.1f ms%n",
                perRequest,
                serverMs,
                perRequest - serverMs);
        server.faults().setLatency(Duration.ofMillis(LATENCY_MS), Duration.ZERO);
    }
}
