package app.leadbrowser.ui.export;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.export.ColumnPlan;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.ExportOptions;
import app.leadbrowser.export.ExportResult;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.filter.PropertyCatalog;
import app.leadbrowser.ui.leads.LeadColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One export from the window: what (every lead of the current filter, or the selected rows), the format, the
 * columns (the table's first, under their labels, or raw property keys) and the file, then the run itself through
 * the command line's {@link LeadExporter} off the FX thread, with progress and Cancel, and at the end a plain
 * account of what the file holds (repeats dropped, leads out of reach and why) and the commands to open the file or
 * its folder. A CSV starts with the UTF-8 byte-order mark, so that Excel opens it right by a double-click.
 */
public final class ExportViewModel {
    /**
     * The table as the export window opens on it.
     *
     * @param groups the table's filter, one group or OR groups merged on this computer
     * @param query the table's sort (the page does not matter: every page is exported)
     * @param filterTotal how many leads the filter matches, as the table last heard
     * @param selected the rows selected in the table (may be empty)
     * @param columns the table's columns in order, hidden ones included
     * @param catalog what the workspace's properties are called (event types' names), as the filter knows them
     */
    public record Table(
            FilterGroups groups,
            LeadQuery query,
            long filterTotal,
            List<LeadSummary> selected,
            List<LeadColumn> columns,
            PropertyCatalog catalog) {
        public Table {
            selected = List.copyOf(selected);
            columns = List.copyOf(columns);
        }

        /** A table whose catalog knows no more than the system properties. */
        public Table(
                FilterGroups groups,
                LeadQuery query,
                long filterTotal,
                List<LeadSummary> selected,
                List<LeadColumn> columns) {
            this(groups, query, filterTotal, selected, columns, new PropertyCatalog());
        }

        /** The table of one filter, {@code query}'s. */
        public Table(LeadQuery query, long filterTotal, List<LeadSummary> selected, List<LeadColumn> columns) {
            this(FilterGroups.of(query.filter()), query, filterTotal, selected, columns);
        }
    }

    /** What is exported. */
    public enum Scope {
        FILTER,
        SELECTION
    }

    /** Where the export is. */
    public enum State {
        READY,
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    /** A long export shows its rate once it has run this long. */
    private static final double RATE_AFTER_SECONDS = 2;

    private final LeadExporter exporter;
    private final TaskRunner runner;
    private final Executor fxThread;
    private final FileOpener files;
    private final FilterGroups groups;
    private final LeadQuery query;
    private final List<LeadSummary> selected;
    private final ColumnPlan tableColumns;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.FILTER);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.CSV);
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final BooleanProperty rawKeys = new SimpleBooleanProperty(this, "rawKeys");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper fileMessage = new ReadOnlyStringWrapper(this, "fileMessage", "");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final String filterScopeText;
    private final String selectionScopeText;
    private final BooleanBinding canStart;
    private final BooleanBinding hasColumns;

    private final Object workerLock = new Object();
    private Thread worker;
    private volatile boolean cancelRequested;
    private long generation;
    private Path written;
    private long startedAt;

    /**
     * @param choices the format and columns chosen last time, kept as they change
     * @param folder where the file goes unless the user says otherwise
     * @param fxThread runs the progress updates on the FX thread ({@code Platform::runLater})
     */
    public ExportViewModel(
            LeadExporter exporter,
            TaskRunner runner,
            Executor fxThread,
            FileOpener files,
            ExportChoices choices,
            Table table,
            Path folder) {
        this.exporter = exporter;
        this.runner = runner;
        this.fxThread = fxThread;
        this.files = files;
        this.groups = table.groups();
        this.query = table.query();
        this.selected = table.selected();
        this.tableColumns = TableColumnsPlan.of(table.columns(), new EventHeaders(table.catalog()));
        this.filterScopeText = Texts.plural("export.scope.filter", table.filterTotal());
        this.selectionScopeText = Texts.plural("export.scope.selection", this.selected.size());
        if (this.selected.size() > 1) {
            scope.set(Scope.SELECTION); // several rows marked: that is most likely what the user means
        }
        format.set(choices.format());
        rawKeys.set(choices.rawKeys());
        path.set(folder.resolve(Texts.get("export.fileName", LocalDate.now().toString()) + "."
                        + format.get().extension())
                .toString());
        format.addListener((obs, old, next) -> path.set(withExtension(path.get(), old, next)));
        format.addListener((obs, old, next) -> choices.keepFormat(next));
        rawKeys.addListener((obs, old, raw) -> choices.keepRawKeys(raw));
        path.addListener((obs, old, next) -> formatOfName(next).ifPresent(format::set)); // "x.xlsx" means Excel
        hasColumns = format.isNotEqualTo(ExportFormat.JSONL);
        canStart = Bindings.createBooleanBinding(
                () -> state.get() != State.RUNNING
                        && !path.get().isBlank()
                        && (scope.get() == Scope.FILTER || !this.selected.isEmpty()),
                state,
                path,
                scope);
    }

    /** The user's Downloads folder when there is one, else the home folder. */
    public static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path downloads = home.resolve("Downloads");
        return Files.isDirectory(downloads) ? downloads : home;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Starts the export into the file named by {@link #pathProperty()}, in the background. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        Optional<Path> target = target();
        if (target.isEmpty()) {
            return;
        }
        long current = ++generation;
        startedAt = System.nanoTime();
        cancelRequested = false;
        cancelling.set(false);
        written = null;
        state.set(State.RUNNING);
        message.set("");
        fileMessage.set("");
        progress.set(-1);
        progressText.set(Texts.get("export.starting"));
        Scope what = scope.get();
        ExportFormat as = format.get();
        ExportOptions options = new ExportOptions(rawKeys.get() ? ColumnPlan.rawKeys() : tableColumns, true);
        runner.run(
                () -> exportOnWorker(what, as, options, target.get(), current),
                result -> finished(current, result),
                failure -> failed(current, failure));
    }

    /**
     * Stops the export running: the requests in flight are aborted and no file is written. The result arrives as
     * {@link State#CANCELLED} (or {@link State#DONE} when the file was complete before the cancel landed).
     */
    public void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        cancelRequested = true;
        cancelling.set(true);
        progressText.set(Texts.get("export.cancelling"));
        synchronized (workerLock) {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    /** Opens the file written in the program the system uses for it (in the background). */
    public void openFile() {
        handToSystem(files::open);
    }

    /** Shows the folder of the file written in the system's file manager (in the background). */
    public void showInFolder() {
        handToSystem(files::showInFolder);
    }

    // ---- the run ---------------------------------------------------------------------------------------------

    private ExportResult exportOnWorker(Scope what, ExportFormat as, ExportOptions options, Path target, long current)
            throws ApiException, IOException {
        synchronized (workerLock) {
            if (cancelRequested) {
                throw new CancelledException();
            }
            worker = Thread.currentThread();
        }
        try {
            if (what == Scope.SELECTION) {
                return exporter.export(selected, as, options, target);
            }
            return exporter.export(
                    groups,
                    query,
                    as,
                    options,
                    target,
                    (exported, expected) -> fxThread.execute(() -> progressed(current, exported, expected)));
        } finally {
            synchronized (workerLock) {
                worker = null;
                Thread.interrupted(); // a cancel that landed as the export ended must not reach the pool's next task
            }
        }
    }

    private void progressed(long current, int exported, long expected) {
        if (current != generation || state.get() != State.RUNNING || cancelRequested) {
            return;
        }
        progress.set(expected <= 0 ? 1 : Math.min(1, exported / (double) expected));
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        progressText.set(
                seconds < RATE_AFTER_SECONDS
                        ? Texts.get("export.progress", exported, expected)
                        : Texts.get("export.progress.rate", exported, expected, Math.round(exported / seconds)));
    }

    private void finished(long current, ExportResult result) {
        if (current != generation) {
            return;
        }
        written = result.file();
        progress.set(1);
        progressText.set("");
        message.set(ExportSummary.of(result, scope.get() == Scope.SELECTION));
        state.set(State.DONE);
    }

    private void failed(long current, Throwable failure) {
        if (current != generation) {
            return;
        }
        progressText.set("");
        if (cancelRequested || failure instanceof CancelledException) {
            progress.set(0);
            message.set(Texts.get("export.cancelled"));
            state.set(State.CANCELLED);
        } else {
            message.set(Texts.get("export.failed", reasonOf(failure)));
            state.set(State.FAILED);
        }
        cancelling.set(false);
    }

    private static String reasonOf(Throwable failure) {
        if (failure instanceof IOException && failure.getMessage() != null) {
            return failure.getMessage(); // the exporter says which file and why
        }
        return UserMessages.describe(failure);
    }

    private Optional<Path> target() {
        String text = path.get().strip();
        try {
            Path target = Path.of(text);
            if (target.getFileName() == null) { // a folder that exists is refused by the exporter, off this thread
                message.set(Texts.get("export.pathIsFolder"));
                return Optional.empty();
            }
            return Optional.of(target.toAbsolutePath());
        } catch (InvalidPathException e) {
            message.set(Texts.get("export.pathInvalid", text));
            return Optional.empty();
        }
    }

    private static Optional<ExportFormat> formatOfName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat candidate : ExportFormat.values()) {
            if (lower.endsWith("." + candidate.extension())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Swaps the file name's extension when the format changes (only when it was the old format's). */
    private static String withExtension(String current, ExportFormat old, ExportFormat next) {
        String oldSuffix = "." + old.extension();
        if (current.endsWith(oldSuffix)) {
            return current.substring(0, current.length() - oldSuffix.length()) + "." + next.extension();
        }
        return current;
    }

    private interface FileAction {
        void apply(Path file) throws IOException;
    }

    private void handToSystem(FileAction action) {
        Path file = written;
        if (file == null) {
            return;
        }
        fileMessage.set("");
        runner.run(
                () -> {
                    action.apply(file);
                    return file;
                },
                done -> {},
                failure -> fileMessage.set(Texts.get("export.systemCannotOpen", file.toString())));
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** What is exported; the View binds its choice to it. */
    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /**
     * Whether a CSV or Excel file has raw property keys ({@code id}, {@code presence}, then every key, sorted, as
     * the command line writes them) instead of the table's columns under their labels.
     */
    public BooleanProperty rawKeysProperty() {
        return rawKeys;
    }

    /** Whether the format has columns to choose (JSON Lines has none). */
    public BooleanBinding hasColumnsBinding() {
        return hasColumns;
    }

    /** The file to write; its extension follows the format. */
    public StringProperty pathProperty() {
        return path;
    }

    /** E.g. "All 1,234 leads of the current filter". */
    public String getFilterScopeText() {
        return filterScopeText;
    }

    /** E.g. "The 3 selected rows". */
    public String getSelectionScopeText() {
        return selectionScopeText;
    }

    /** Whether any rows were selected to offer {@link Scope#SELECTION}. */
    public boolean hasSelection() {
        return !selected.isEmpty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** 0..1; negative while the size is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** E.g. "Fetched 1,250 of 10,000 leads". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The outcome for the user: what the file holds and why, or why it failed; empty before. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** Why the file or folder could not be opened; empty otherwise. */
    public ReadOnlyStringProperty fileMessageProperty() {
        return fileMessage.getReadOnlyProperty();
    }

    /** True from Cancel until the run has stopped. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** The file written by the last run that finished; null before. */
    public Path getWrittenFile() {
        return written;
    }
}
