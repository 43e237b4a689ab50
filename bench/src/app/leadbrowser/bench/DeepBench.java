package app.leadbrowser.bench;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.deep.DeepListing;
import app.leadbrowser.client.deep.DeepPage;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19's other figures on a 60,000-lead sandbox at L = 100 ms. The jump: a listing shows page 1, then its last
 * page (20 a page) is asked for, as the table's Last does: the time and the requests of that page, under the default
 * order and a number sort (whose ties cost a few more; where more than 10,000 leads share a number, the page the total
 * promised is empty and the last page reached is asked next, as the table does), against (windows + 1) × L + 100 ms. The memory: an export
 * of all 60,000 (CSV, no latency), the heap live after a full collection at every 10,000th lead: flat when the
 * leads are streamed to the file and not held. Args: runs.
 */
public final class DeepBench {
    private static final long LATENCY_MS = 100;
    private static final int LEADS = 60_000;
    private static final int PAGE = 20;

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults()
                        .withLeads(LEADS)
                        .withLatency(Duration.ofMillis(LATENCY_MS), Duration.ZERO));
                DashlyClient client =
                        new DashlyClient(ClientConfig.of(server.baseUrl(), server.appId(), server.token()))) {
            jump(server, client, LeadQuery.defaults(), runs);
            jump(server, client, LeadQuery.defaults().withSort("$sessions", SortOrder.DESC), runs);
            server.faults().setLatency(Duration.ZERO, Duration.ZERO);
            memory(client);
        }
    }

    private static void jump(SandboxServer server, DashlyClient client, LeadQuery query, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        long total = 0;
        long outOfReach = 0;
        for (int i = -1; i < runs; i++) {
            try (DeepListing listing = DeepListing.of(client, FilterGroups.all(), query)) {
                total = listing.page(0, PAGE).total();
                int last = (int) ((total - 1) / PAGE * PAGE);
                int before = server.requests().count();
                long start = System.nanoTime();
                DeepPage page = listing.page(last, PAGE);
                if (page.leads().isEmpty() && page.outOfReach() > 0) { // as the table does: the last page reached
                    outOfReach = page.outOfReach();
                    page = listing.page((int) ((total - outOfReach - 1) / PAGE * PAGE), PAGE);
                }
                long end = System.nanoTime();
                if (page.leads().isEmpty()) {
                    throw new IllegalStateException("the last page came back empty");
                }
                if (i >= 0) {
                    times.add((end - start) / 1e6);
                    requests.add((double) server.requests().count() - before);
                }
            }
        }
        int windows = (int) ((total + LeadQuery.MAX_WINDOW - 1) / LeadQuery.MAX_WINDOW);
        double target = (windows + 1) * LATENCY_MS + 100;
        double median = Stats.median(times);
        System.out.printf(
                Locale.ROOT,
                "# jump (%s %s): requests per run %s%n",
                query.sortProp(),
                query.sortOrder(),
                requests);
        System.out.println(Stats.row(
                String.format(
                        Locale.ROOT,
                        "19 jump page 1 → last of %,d leads (%s %s%s), L = 100 ms; %.0f requests",
                        total,
                        query.sortProp(),
                        query.sortOrder() == SortOrder.DESC ? "↓" : "↑",
                        outOfReach == 0
                                ? ""
                                : String.format(Locale.ROOT, "; %,d out of reach: ties past 10,000", outOfReach),
                        Stats.median(requests)),
                times,
                "ms",
                String.format(Locale.ROOT, "≤ %.0f ms (%d windows + 1) × L + 100 ms", target, windows),
                median <= target ? "met" : "NOT met"));
    }

    private static void memory(DashlyClient client) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Path dir = Files.createTempDirectory("lead-browser-deep-bench");
        List<Double> liveMb = new ArrayList<>();
        System.gc();
        double start = memory.getHeapMemoryUsage().getUsed() / 1e6;
        new LeadExporter(client)
                .export(LeadQuery.defaults(), ExportFormat.CSV, dir.resolve("leads.csv"), (done, total) -> {
                    if (done % 10_000 == 0) {
                        System.gc();
                        liveMb.add(memory.getHeapMemoryUsage().getUsed() / 1e6);
                    }
                });
        System.out.printf(Locale.ROOT, "# live heap before the export %.1f MB; at every 10,000th lead: %s MB%n", start,
                liveMb.stream().map(mb -> String.format(Locale.ROOT, "%.1f", mb)).toList());
        double growth = liveMb.get(liveMb.size() - 1) - liveMb.get(0);
        System.out.println(Stats.row(
                "19 live heap growth during an export of 60,000 leads (10,000th → 60,000th lead, after a full GC)",
                List.of(growth),
                "MB",
                "flat (streamed)",
                String.format(Locale.ROOT, "%.1f MB per 10,000 leads", growth / 5)));
    }
}
