package app.leadbrowser.settings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One value per workspace (e.g. its saved views), all kept in one JSON file through a {@link JsonFileStore}, or in
 * memory only when there is no config directory (tests, the screenshot tool). Thread-safe.
 *
 * @param <F> the file's record: a map from workspace id to value
 * @param <V> what each workspace keeps
 */
public final class PerWorkspaceStore<F, V> implements AutoCloseable {
    /**
     * One kind of per-workspace file: its name in the config directory, its record, how a notice about a broken
     * file names its content (e.g. "Your saved views"), and how the record holds the workspaces' values.
     */
    public record Kind<F, V>(
            String fileName,
            Class<F> type,
            String what,
            Function<F, Map<String, V>> mapOf,
            Function<Map<String, V>, F> fileOf) {}

    private final JsonFileStore<F> file;
    private final Function<F, Map<String, V>> mapOf;
    private final Function<Map<String, V>, F> fileOf;
    private final Map<String, V> memory = new LinkedHashMap<>();

    private PerWorkspaceStore(
            JsonFileStore<F> file, Function<F, Map<String, V>> mapOf, Function<Map<String, V>, F> fileOf) {
        this.file = file;
        this.mapOf = mapOf;
        this.fileOf = fileOf;
    }

    /** A store of {@code kind} that forgets everything at exit (no config directory). */
    public static <F, V> PerWorkspaceStore<F, V> inMemory(Kind<F, V> kind) {
        return new PerWorkspaceStore<>(null, kind.mapOf(), kind.fileOf());
    }

    /**
     * Reads {@code kind}'s file in {@code configDir} (blocking: call off the FX thread). A broken file gives an empty
     * store and a {@link #brokenFile()}.
     */
    public static <F, V> PerWorkspaceStore<F, V> load(Path configDir, Kind<F, V> kind) {
        Supplier<F> empty = () -> kind.fileOf().apply(Map.of());
        JsonFileStore<F> file = new JsonFileStore<>(
                configDir, kind.fileName(), kind.type(), empty, kind.what(), JsonFileStore.DEFAULT_DELAY);
        file.load();
        return new PerWorkspaceStore<>(file, kind.mapOf(), kind.fileOf());
    }

    /** What {@code workspaceId} keeps; empty when nothing yet. */
    public synchronized Optional<V> get(String workspaceId) {
        return Optional.ofNullable(all().get(workspaceId));
    }

    /** Every workspace's value, by workspace id. */
    public synchronized Map<String, V> all() {
        return file == null ? Map.copyOf(memory) : mapOf.apply(file.current());
    }

    /** Keeps {@code value} for {@code workspaceId}; the file is written within about a second. */
    public synchronized void put(String workspaceId, V value) {
        if (file == null) {
            memory.put(workspaceId, value);
            return;
        }
        file.update(current -> {
            Map<String, V> next = new LinkedHashMap<>(mapOf.apply(current));
            next.put(workspaceId, value);
            return fileOf.apply(next);
        });
    }

    /** What was wrong with the file when it could not be read at {@link #load}; empty otherwise. */
    public Optional<JsonFileStore.BrokenFile> brokenFile() {
        return file == null ? Optional.empty() : file.brokenFile();
    }

    /** Writes what is pending (at exit). */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
