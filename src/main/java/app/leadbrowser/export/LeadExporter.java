package app.leadbrowser.export;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPager;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.model.LeadSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports every lead of a query to a file: walks the pages (limit 50) up to the 10,000 window, drops leads seen
 * before, and writes the file whole or not at all (a temp file beside the target, moved into place at the end),
 * so a failed or cancelled export never leaves a half-written file that looks complete.
 */
public final class LeadExporter {
    private final DashlyClient client;

    public LeadExporter(DashlyClient client) {
        this.client = client;
    }

    public ExportResult export(LeadQuery query, ExportFormat format, Path output, ExportProgress progress)
            throws ApiException, IOException {
        Path target = output.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        LeadPager pager = client.pager(query);
        List<LeadSummary> leads = new ArrayList<>();
        while (pager.hasMore()) {
            leads.addAll(pager.nextBatch());
            progress.pageLoaded(leads.size(), Math.min(pager.total(), LeadQuery.MAX_WINDOW));
        }
        Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".part");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                LeadWriter writer = format == ExportFormat.CSV ? new CsvLeadWriter() : new JsonLinesLeadWriter();
                writer.write(leads, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new ExportResult(
                leads.size(), pager.duplicatesDropped(), pager.total(), pager.stoppedAtWindow(), target);
    }
}
