package app.leadbrowser.export;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Exports every lead of a query to a file: the whole filter, past the list method's 10,000 window, through a
 * {@link app.leadbrowser.client.deep.DeepListing} ({@link PageWalk}), each lead once, in the list's order. Leads are
 * streamed to a spool file beside the target as they come (never held in memory), then written in the format asked,
 * and the file is written whole or not at all (a temp file beside the target, moved into place at the end), so a
 * failed or cancelled export never leaves a half-written file that looks complete.
 */
public final class LeadExporter {
    /** U+FEFF, written in UTF-8 as EF BB BF. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final DashlyClient client;

    public LeadExporter(DashlyClient client) {
        this.client = client;
    }

    /**
     * Writes the leads of {@code query} to {@code output}, laid out as {@code options} say. The place is checked (a
     * temp file made beside it) before any page is fetched; an {@link IOException} says in words which file could
     * not be written and why.
     * Interrupting the exporting thread cancels the export ({@link app.leadbrowser.client.error.CancelledException}):
     * the requests in flight are aborted and no file is left.
     */
    public ExportResult export(
            LeadQuery query, ExportFormat format, ExportOptions options, Path output, ExportProgress progress)
            throws ApiException, IOException {
        return export(FilterGroups.of(query.filter()), query, format, options, output, progress);
    }

    /**
     * {@link #export(LeadQuery, ExportFormat, ExportOptions, Path, ExportProgress)} of a filter's OR groups,
     * merged in {@code query}'s sort, each lead once.
     */
    public ExportResult export(
            FilterGroups groups,
            LeadQuery query,
            ExportFormat format,
            ExportOptions options,
            Path output,
            ExportProgress progress)
            throws ApiException, IOException {
        Path target = checkTarget(output);
        Path temp = createTempBeside(target);
        Path spoolFile = createTempBeside(target);
        try (SpooledLeads.Spool spool = new SpooledLeads.Spool(spoolFile)) {
            PageWalk walk = new PageWalk(client, groups, query, progress);
            walk.run(spool::add);
            try (SpooledLeads leads = spool.finish()) {
                writeWhole(leads, format, options, temp, target);
            }
            return new ExportResult(
                    walk.exported(),
                    walk.duplicatesDropped(),
                    walk.total(),
                    walk.outOfReach(),
                    walk.outOfReachReasons(),
                    target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(spoolFile);
        }
    }

    /**
     * {@link #export(LeadQuery, ExportFormat, ExportOptions, Path, ExportProgress)} laid out as the command line's
     * default: raw keys, no byte-order mark.
     */
    public ExportResult export(LeadQuery query, ExportFormat format, Path output, ExportProgress progress)
            throws ApiException, IOException {
        return export(query, format, ExportOptions.rawKeys(), output, progress);
    }

    /**
     * Writes leads already at hand (e.g. the rows selected in the window) to {@code output}, whole or not at all,
     * in the same formats and with the same checks as {@link #export}; nothing is fetched.
     */
    public ExportResult export(List<LeadSummary> leads, ExportFormat format, ExportOptions options, Path output)
            throws IOException {
        Path target = checkTarget(output);
        Path temp = createTempBeside(target);
        try {
            writeWhole(leads, format, options, temp, target);
            return new ExportResult(leads.size(), 0, leads.size(), 0, List.of(), target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path checkTarget(Path output) throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot write " + target + ": it is a folder");
        }
        return target;
    }

    private static void writeWhole(
            List<LeadSummary> leads, ExportFormat format, ExportOptions options, Path temp, Path target)
            throws IOException {
        if (format == ExportFormat.XLSX) {
            try (OutputStream out = Files.newOutputStream(temp)) {
                new XlsxLeadWriter(options.columns()).write(leads, out);
            }
        } else {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                if (format == ExportFormat.CSV && options.byteOrderMark()) {
                    out.write(BYTE_ORDER_MARK);
                }
                LeadWriter writer =
                        format == ExportFormat.CSV ? new CsvLeadWriter(options.columns()) : new JsonLinesLeadWriter();
                writer.write(leads, out);
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path createTempBeside(Path target) throws IOException {
        Path directory = target.getParent();
        try {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, "." + target.getFileName(), ".part");
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Cannot write " + target + ": " + e.getFile() + " is a file, not a folder");
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** The JDK's messages are often a bare path (and name our temp file): say which file and why instead. */
    private static IOException cannotWrite(Path target, IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null && e instanceof AccessDeniedException) {
            reason = "access denied";
        } else if (reason == null && e instanceof NoSuchFileException) {
            reason = "the folder does not exist or cannot hold files";
        } else if (reason == null) {
            reason = "the file system refused it";
        }
        return new IOException("Cannot write " + target + ": " + reason, e);
    }
}
