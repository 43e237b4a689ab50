package app.leadbrowser.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.FilterEvaluator;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.ExportOptions;
import app.leadbrowser.export.ExportResult;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.sandbox.SandboxOptions;
import app.leadbrowser.sandbox.SandboxServer;
import app.leadbrowser.ui.common.TestSandbox;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The export command and service against the real sandbox. */
class ExportCommandTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(700);

    @TempDir
    Path dir;

    @Test
    void exportsEveryMatchingLeadToCsv() throws Exception {
        String filters =
                "{\"type\":\"and\",\"filters\":[{\"property_name\":\"$sessions\",\"type\":\"gt\",\"value\":{\"value\":2}}]}";
        Path out = dir.resolve("leads.csv");
        CliRun run = CliRun.export(sandbox.server(), "--filters", filters, "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        long expected = sandbox.server().workspace().leads().stream()
                .filter(l -> FilterEvaluator.matches(FilterJson.read(filters), l.props(), Instant.now()))
                .count();
        assertEquals(
                "Exported " + expected + " leads (0 duplicates dropped) to " + out.toAbsolutePath(),
                run.out().strip());
        try (Reader in = Files.newBufferedReader(out)) {
            List<CSVRecord> rows = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
            assertEquals(expected, rows.size());
            assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("$sessions")) > 2));
        }
        assertTrue(run.err().contains("Fetched"), "progress on standard error");
    }

    @Test
    void jsonLinesFromAFiltersFile() throws Exception {
        Path filters = dir.resolve("f.json");
        Files.writeString(filters, "[{\"property_name\":\"$name\",\"type\":\"known\",\"value\":\"\"}]");
        Path out = dir.resolve("leads.jsonl");
        CliRun run = CliRun.export(
                sandbox.server(),
                "--filters",
                "@" + filters,
                "--format",
                "jsonl",
                "--sort-order",
                "asc",
                "--output",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.size() > 0);
        assertTrue(lines.get(0).startsWith("{\"id\":\""), lines.get(0));
    }

    @Test
    void rawKeysWithoutAByteOrderMarkUnlessBomIsAsked() throws Exception {
        Path plain = dir.resolve("plain.csv");
        CliRun run = CliRun.export(sandbox.server(), "--output", plain.toString());
        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(plain);
        assertEquals("id,presence,$", new String(bytes, 0, 13, StandardCharsets.UTF_8), "unchanged by default");

        Path marked = dir.resolve("marked.csv");
        run = CliRun.export(sandbox.server(), "--bom", "--output", marked.toString());
        assertEquals(0, run.exitCode(), run.err());
        byte[] withMark = Files.readAllBytes(marked);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(withMark, 3));
        String header = Files.readAllLines(plain).get(0);
        assertEquals("\uFEFF" + header, Files.readAllLines(marked).get(0), "the same columns after the mark");
    }

    @Test
    void bomIsForCsvOnly() {
        CliRun run = CliRun.export(
                sandbox.server(),
                "--bom",
                "--format",
                "jsonl",
                "--output",
                dir.resolve("x.jsonl").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--bom is for --format csv only"), run.err());
        assertTrue(CliRun.of("export", "--help").out().contains("--bom"));
    }

    @Test
    void excelWorkbookWithTheSameColumns() throws Exception {
        Path out = dir.resolve("leads.xlsx");
        CliRun run = CliRun.export(sandbox.server(), "--format", "xlsx", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "Exported " + sandbox.server().workspace().size() + " leads (0 duplicates dropped) to "
                        + out.toAbsolutePath(),
                run.out().strip());
        byte[] xlsx = Files.readAllBytes(out);
        assertEquals('P', xlsx[0]); // a zip, as every xlsx is
        assertEquals('K', xlsx[1]);
    }

    @Test
    void aLeadInsertedBetweenPagesIsNotExportedTwice() throws Exception {
        DashlyClient client = new DashlyClient(ClientConfig.of(
                sandbox.server().baseUrl(),
                sandbox.server().appId(),
                sandbox.server().token()));
        AtomicBoolean inserted = new AtomicBoolean();
        ExportResult result = new LeadExporter(client)
                .export(
                        LeadQuery.defaults(),
                        ExportFormat.CSV,
                        ExportOptions.rawKeys(),
                        dir.resolve("dup.csv"),
                        (exported, expected) -> {
                            if (inserted.compareAndSet(false, true)) {
                                sandbox.server().insertLeadAtTop();
                            }
                        });
        // pages overlap by a lead and are matched in the list's order: the shift is seen, nothing is met twice
        assertEquals(0, result.duplicatesDropped());
        assertEquals(
                sandbox.server().workspace().size() - 1, result.exported(), "the lead added after page 1 is not in it");
        List<String> ids = Files.readAllLines(dir.resolve("dup.csv")).stream()
                .skip(1)
                .map(l -> l.split(",")[0])
                .toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void aFailedExportLeavesNoFileAndSaysWhy() throws Exception {
        for (int i = 0; i < 3; i++) {
            sandbox.server().faults().enqueue(Fault.status(500));
        }
        Path out = dir.resolve("failed.csv");
        CliRun run = CliRun.export(sandbox.server(), "--output", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(
                run.err().lines().anyMatch(l -> l.startsWith("Export failed: Dashly had an internal error")),
                run.err());
        assertTrue(Files.notExists(out));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temp file left");
        }
    }

    @Test
    void aFilterPastTheTenThousandWindowIsExportedWholeAndTheCapIsSaidWhereItStays() throws Exception {
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withLeads(10_200))) {
            Path out = dir.resolve("all.csv");
            CliRun run = CliRun.export(big, "--output", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("Exported 10200 leads (0 duplicates dropped)"), run.out());
            assertTrue(!run.err().contains("out of reach"), run.err());
        }
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withLeads(12_000))) {
            Path out = dir.resolve("by-plan.csv");
            CliRun byText = CliRun.export(big, "--sort-prop", "plan", "--output", out.toString());
            assertEquals(0, byText.exitCode(), byText.err());
            assertTrue(byText.out().startsWith("Exported 10000 leads"), byText.out());
            assertTrue(
                    byText.err()
                            .contains("2,000 of the filter's 12,000 leads were out of reach: sorted by plan, which"
                                    + " is not a date or a number, Dashly lists only the first 10,000 leads"),
                    byText.err());
        }
    }

    @Test
    void theHelpNoLongerPromisesOnlyTheFirstTenThousand() {
        CliRun help = CliRun.of("export", "--help");
        assertTrue(help.out().contains("Export every lead of a filter"), help.out());
        assertTrue(!help.out().contains("at most the first 10,000"), help.out());
    }
}
