package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What this package's writers make of leads at hand, as the tests read it. */
final class Written {
    private Written() {}

    static String csv(ColumnPlan plan, List<LeadSummary> leads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path spool = Files.createTempFile("lead-browser-test", ".rows");
        try (LeadWriter writer = new CsvLeadWriter(plan, spool, out)) {
            writeAll(writer, leads);
        } finally {
            Files.delete(spool);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(ColumnPlan plan, List<LeadSummary> leads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path spool = Files.createTempFile("lead-browser-test", ".rows");
        try (LeadWriter writer = new XlsxLeadWriter(plan, spool, out)) {
            writeAll(writer, leads);
        } finally {
            Files.delete(spool);
        }
        return out.toByteArray();
    }

    private static void writeAll(LeadWriter writer, List<LeadSummary> leads) throws IOException {
        for (LeadSummary lead : leads) {
            writer.add(lead);
        }
        writer.finish();
    }
}
