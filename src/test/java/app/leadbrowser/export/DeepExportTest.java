package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.deep.DeepSandbox;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export of the whole 30,000-lead sandbox, past the 10,000 window, in every format: each lead once, in order. */
class DeepExportTest {
    @TempDir
    Path dir;

    @Test
    void csvHoldsEveryLeadOnceInTheListsOrder() throws Exception {
        LeadQuery query = LeadQuery.defaults();
        List<String> expected = expectedIds(query);
        ExportResult result = export(query, ExportFormat.CSV, "all.csv");
        try (Reader in = Files.newBufferedReader(result.file())) {
            List<String> ids =
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                            .map(row -> row.get("id"))
                            .toList();
            assertEquals(expected, ids);
        }
        assertEquals(DeepSandbox.LEADS, result.exported());
        assertEquals(DeepSandbox.LEADS, result.total());
        assertEquals(0, result.outOfReach());
    }

    @Test
    void jsonLinesUnderANumberSort() throws Exception {
        LeadQuery query = LeadQuery.defaults().withSort("$sessions", SortOrder.ASC);
        List<String> expected = expectedIds(query);
        ExportResult result = export(query, ExportFormat.JSONL, "all.jsonl");
        List<String> ids = Files.readAllLines(result.file()).stream()
                .map(line -> line.substring("{\"id\":\"".length(), line.indexOf("\",")))
                .toList();
        assertEquals(expected, ids);
    }

    @Test
    void excelWorkbookHasARowPerLead() throws Exception {
        LeadQuery query = LeadQuery.defaults().withSort("$last_seen", SortOrder.ASC);
        List<String> expected = expectedIds(query);
        ExportResult result = export(query, ExportFormat.XLSX, "all.xlsx");
        Map<String, String> parts = XlsxParts.unzip(Files.readAllBytes(result.file()));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String texts = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        assertTrue(sheet.contains("r=\"" + (DeepSandbox.LEADS + 1) + "\""), "a header and a row per lead");
        assertTrue(!sheet.contains("r=\"" + (DeepSandbox.LEADS + 2) + "\""));
        assertTrue(texts.contains(">" + expected.get(0) + "<")
                && texts.contains(">" + expected.get(expected.size() - 1) + "<"));
        assertEquals(DeepSandbox.LEADS, result.exported());
    }

    private ExportResult export(LeadQuery query, ExportFormat format, String name) throws Exception {
        long started = System.nanoTime();
        ExportResult result = new LeadExporter(DeepSandbox.client())
                .export(query, format, ExportOptions.rawKeys(), dir.resolve(name), ExportProgress.NONE);
        System.out.printf(
                "Export of %,d leads to %s: %d ms%n",
                result.exported(), format, (System.nanoTime() - started) / 1_000_000);
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no spool or temp file left");
        }
        return result;
    }

    private static List<String> expectedIds(LeadQuery query) {
        return DeepSandbox.expected(FilterGroups.all(), query).stream()
                .map(LeadSummary::id)
                .toList();
    }
}
