package app.leadbrowser.settings;

import app.leadbrowser.client.Json;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DatabindException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one value of type {@code T} as a JSON file in the config directory ({@link ConfigDir}). Writes are
 * atomic (temp file, then a move) and debounced: {@link #saveSoon} coalesces the changes of about a second into
 * one write, {@link #flush()} writes at once (call it at exit). A file that cannot be read or parsed is moved
 * aside and the defaults are used; {@link #brokenFile()} says what went wrong, for a notice in the user's language. Thread-safe. Each feature that
 * keeps something of its own (history, saved views, preferences) has its own file through one of these.
 *
 * @param <T> an immutable record, read and written by Jackson
 */
public class JsonFileStore<T> implements AutoCloseable {
    static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(JsonFileStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Class<T> type;
    private final Supplier<T> defaults;
    private final String what;
    private final Duration delay;
    private final ScheduledExecutorService scheduler;
    private final Object lock = new Object();
    private final Object writeLock = new Object();
    private T current;
    private T pending;
    private ScheduledFuture<?> scheduled;
    private BrokenFile broken;
    private int writes;
    private boolean closed;

    /**
     * A store for {@code configDir}/{@code fileName}; nothing is read until {@link #load()}.
     *
     * @param what how the log line about a broken file names its content, e.g. "Your filter history"
     */
    public JsonFileStore(
            Path configDir, String fileName, Class<T> type, Supplier<T> defaults, String what, Duration delay) {
        this.file = configDir.resolve(fileName);
        this.type = type;
        this.defaults = defaults;
        this.what = what;
        this.delay = delay;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "settings-writer-" + fileName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Why a file could not be used. */
    public enum BrokenReason {
        EMPTY,
        NOT_JSON,
        INVALID_VALUE,
        UNREADABLE
    }

    /**
     * A file the last {@link #load()} could not use, for a message in the user's language.
     *
     * @param keptAs where the old file was moved; empty when it could not be moved aside
     */
    public record BrokenFile(Path file, BrokenReason reason, Optional<Path> keptAs) {}

    /** The file (it may not exist yet). */
    public Path file() {
        return file;
    }

    /**
     * Reads the file. A missing file gives the defaults; an unreadable or broken one gives the defaults
     * too, is renamed to {@code <file>.broken-<timestamp>} and leaves a {@link #brokenFile()}.
     */
    private static boolean causedByBadJson(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    public T load() {
        synchronized (lock) {
            broken = null;
        }
        T loaded;
        try {
            T read = Json.mapper().readValue(Files.readAllBytes(file), type);
            loaded = read == null ? brokenFile(BrokenReason.EMPTY, "it is empty") : read;
        } catch (NoSuchFileException e) {
            loaded = defaults.get();
        } catch (JsonParseException e) {
            loaded = brokenFile(BrokenReason.NOT_JSON, "it is not valid JSON");
        } catch (DatabindException | RuntimeException e) {
            // a file cut short fails while a value is bound: the binding error wraps the parser's
            loaded = causedByBadJson(e)
                    ? brokenFile(BrokenReason.NOT_JSON, "it is not valid JSON")
                    : brokenFile(BrokenReason.INVALID_VALUE, "a value in it is not valid");
        } catch (IOException e) {
            loaded = brokenFile(
                    BrokenReason.UNREADABLE,
                    "it could not be read: " + e.getClass().getSimpleName());
        }
        synchronized (lock) {
            current = loaded;
        }
        return loaded;
    }

    /** The value as last loaded or saved (the defaults before {@link #load()}). */
    public T current() {
        synchronized (lock) {
            return current == null ? defaults.get() : current;
        }
    }

    /** What made the last {@link #load()} fall back to the defaults; empty when the file was fine or missing. */
    public Optional<BrokenFile> brokenFile() {
        synchronized (lock) {
            return Optional.ofNullable(broken);
        }
    }

    /** Makes {@code value} current and writes it within about a second, together with later changes. */
    public void saveSoon(T value) {
        boolean writeNow;
        synchronized (lock) {
            writeNow = stage(value);
        }
        if (writeNow) {
            writePending();
        }
    }

    /** Applies {@code change} to the current value as one step and saves the result soon; returns it. */
    public T update(UnaryOperator<T> change) {
        T changed;
        boolean writeNow;
        synchronized (lock) {
            changed = change.apply(current == null ? defaults.get() : current);
            writeNow = stage(changed);
        }
        if (writeNow) {
            writePending();
        }
        return changed;
    }

    /** Makes {@code value} current and pending; true when it must be written at once (store closed). */
    private boolean stage(T value) {
        current = value;
        pending = value;
        if (closed) {
            return true;
        }
        if (scheduled == null) {
            scheduled = scheduler.schedule(this::writePending, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return false;
    }

    /** Writes a pending change now. A failure is logged, not thrown: at exit nobody could act on it. */
    public void flush() {
        synchronized (lock) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        writePending();
    }

    /** Flushes and stops the background writer. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        flush();
        scheduler.shutdown();
    }

    /** How many times the file was written (tests check the debounce). */
    int writeCount() {
        synchronized (writeLock) {
            return writes;
        }
    }

    // Taking the pending value inside writeLock keeps writes in order: an older value can never win.
    private void writePending() {
        synchronized (writeLock) {
            T toWrite;
            synchronized (lock) {
                toWrite = pending;
                pending = null;
                scheduled = null;
            }
            if (toWrite == null) {
                return;
            }
            try {
                byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(toWrite);
                AtomicFiles.write(file, json, true);
                writes++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not save {}", file, e);
            }
        }
    }

    private T brokenFile(BrokenReason kind, String reason) {
        String message = what + " could not be read (" + reason + "), so Lead Browser started with the defaults.";
        Path keptAs = null;
        Path aside = file.resolveSibling(
                file.getFileName() + ".broken-" + LocalDateTime.now().format(STAMP));
        try {
            for (int n = 2; Files.exists(aside); n++) {
                aside = file.resolveSibling(
                        file.getFileName() + ".broken-" + LocalDateTime.now().format(STAMP) + "-" + n);
            }
            Files.move(file, aside);
            keptAs = aside;
            message += " The old file was kept as " + aside.getFileName() + " in " + file.getParent() + ".";
        } catch (IOException e) {
            message += " The old file could not be moved aside (" + e.getClass().getSimpleName() + ").";
        }
        LOG.warn(message);
        synchronized (lock) {
            broken = new BrokenFile(file, kind, Optional.ofNullable(keptAs));
        }
        return defaults.get();
    }
}
