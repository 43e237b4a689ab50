package app.leadbrowser.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Keeps every workspace's filter history as {@value #FILE_NAME}, apart from the settings. */
public final class FilterHistoryStore extends JsonFileStore<FilterHistory> {
    public static final String FILE_NAME = "filter-history.json";

    /** A store for {@code configDir}/{@value #FILE_NAME}; nothing is read until {@link #load()}. */
    public FilterHistoryStore(Path configDir) {
        this(configDir, DEFAULT_DELAY);
    }

    FilterHistoryStore(Path configDir, Duration delay) {
        super(configDir, FILE_NAME, FilterHistory.class, FilterHistory::empty, "Your filter history", delay);
    }

    /** The history of the workspace {@code workspaceId}, kept in this store. */
    public WorkspaceHistory forWorkspace(String workspaceId) {
        return new WorkspaceHistory() {
            @Override
            public List<FilterHistoryEntry> entries() {
                return current().entries(workspaceId);
            }

            @Override
            public void save(List<FilterHistoryEntry> entries) {
                update(history -> history.with(workspaceId, entries));
            }
        };
    }
}
