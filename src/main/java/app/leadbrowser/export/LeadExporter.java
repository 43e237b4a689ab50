package app.leadbrowser.export;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
 * {@link app.leadbrowser.client.deep.DeepListing} ({@link PageWalk}), each lead once, in the list's order. Each lead
 * is written as it comes, while the next pages are fetched (never held in memory): a JSON Lines line straight away; a
 * CSV or Excel row made into its finished cells and spooled beside the target until the walk ends and every column is
 * known, the header first, so the file is done soon after the last page arrives. The file is written whole or not at
 * all (a temp file beside the target, moved into place at the end), so a failed or cancelled export never leaves a
 * half-written file that looks complete.
 */
public final class LeadExporter {
    /** U+FEFF in UTF-8. */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
        PageWalk walk = new PageWalk(client, groups, query, progress);
        Path target = writeWhole(walk::run, format, options, output);
        return new ExportResult(
                walk.exported(),
                walk.duplicatesDropped(),
                walk.total(),
                walk.outOfReach(),
                walk.outOfReachReasons(),
                target);
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
        Path target = writeWhole(
                sink -> {
                    for (LeadSummary lead : leads) {
                        sink.accept(lead);
                    }
                },
                format,
                options,
                output);
        return new ExportResult(leads.size(), 0, leads.size(), 0, List.of(), target);
    }

    private static Path checkTarget(Path output) throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot write " + target + ": it is a folder");
        }
        return target;
    }

    /** Where the leads come from: each handed to the sink in order. */
    @FunctionalInterface
    private interface Leads<E extends Exception> {
        void each(PageWalk.Sink sink) throws E, IOException;
    }

    /**
     * Writes the leads to a temp file beside the target as they come (CSV and Excel spool their rows beside it until
     * the header is known) and moves it into place once complete; the temp files are gone either way.
     */
    private static <E extends Exception> Path writeWhole(
            Leads<E> leads, ExportFormat format, ExportOptions options, Path output) throws E, IOException {
        Path target = checkTarget(output);
        Path temp = createTempBeside(target);
        Path spool = null;
        try {
            spool = format == ExportFormat.JSONL ? null : createTempBeside(target);
            try (LeadWriter writer = writerFor(format, options, temp, spool)) {
                leads.each(writer::add);
                writer.finish();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            Files.deleteIfExists(temp);
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    private static LeadWriter writerFor(ExportFormat format, ExportOptions options, Path temp, Path spool)
            throws IOException {
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp));
        try {
            return switch (format) {
                case JSONL -> new JsonLinesLeadWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                case XLSX -> new XlsxLeadWriter(options.columns(), spool, file);
                case CSV -> {
                    if (options.byteOrderMark()) {
                        file.write(BYTE_ORDER_MARK);
                    }
                    yield new CsvLeadWriter(options.columns(), spool, file);
                }
            };
        } catch (IOException e) {
            file.close();
            throw e;
        }
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
