package app.leadbrowser.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The filter history of every workspace, newest first, by workspace id: the file {@value #FILE_NAME}. */
public record FilterHistory(Map<String, List<FilterHistoryEntry>> workspaces) {
    public static final String FILE_NAME = "filter-history.json";

    /** The store's kind: load it with {@link PerWorkspaceStore#load} (off the FX thread) or keep it in memory. */
    public static final PerWorkspaceStore.Kind<FilterHistory, List<FilterHistoryEntry>> STORE =
            new PerWorkspaceStore.Kind<>(
                    FILE_NAME,
                    FilterHistory.class,
                    "Your filter history",
                    FilterHistory::workspaces,
                    FilterHistory::new);

    public FilterHistory {
        Map<String, List<FilterHistoryEntry>> copy = new HashMap<>();
        if (workspaces != null) {
            workspaces.forEach((id, entries) -> copy.put(id, entries == null ? List.of() : List.copyOf(entries)));
        }
        workspaces = Map.copyOf(copy);
    }
}
