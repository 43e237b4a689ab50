package app.leadbrowser.settings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The filter history of every workspace, newest first, by workspace id: the file {@value #FILE_NAME}. */
public record FilterHistory(Map<String, List<FilterHistoryEntry>> workspaces) {
    public static final String FILE_NAME = "filter-history.json";

    public FilterHistory {
        Map<String, List<FilterHistoryEntry>> copy = new HashMap<>();
        if (workspaces != null) {
            workspaces.forEach((id, entries) -> copy.put(id, entries == null ? List.of() : List.copyOf(entries)));
        }
        workspaces = Map.copyOf(copy);
    }

    /** The store of {@code configDir} (reads the file: call off the FX thread). */
    public static PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> load(Path configDir) {
        return PerWorkspaceStore.load(
                configDir,
                FILE_NAME,
                FilterHistory.class,
                "Your filter history",
                FilterHistory::workspaces,
                FilterHistory::new);
    }

    /** A store kept in memory only (no config directory). */
    public static PerWorkspaceStore<FilterHistory, List<FilterHistoryEntry>> inMemory() {
        return PerWorkspaceStore.inMemory(FilterHistory::workspaces, FilterHistory::new);
    }
}
