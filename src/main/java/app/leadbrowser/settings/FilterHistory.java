package app.leadbrowser.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The filter history of every workspace, newest first, by workspace id: the content of {@link FilterHistoryStore}. */
public record FilterHistory(Map<String, List<FilterHistoryEntry>> workspaces) {

    public FilterHistory {
        Map<String, List<FilterHistoryEntry>> copy = new HashMap<>();
        if (workspaces != null) {
            workspaces.forEach((id, entries) -> copy.put(id, entries == null ? List.of() : List.copyOf(entries)));
        }
        workspaces = Map.copyOf(copy);
    }

    public static FilterHistory empty() {
        return new FilterHistory(Map.of());
    }

    /** The entries of one workspace, newest first. */
    public List<FilterHistoryEntry> entries(String workspaceId) {
        return workspaces.getOrDefault(workspaceId, List.of());
    }

    /** The same history with {@code entries} as the workspace's. */
    public FilterHistory with(String workspaceId, List<FilterHistoryEntry> entries) {
        Map<String, List<FilterHistoryEntry>> changed = new HashMap<>(workspaces);
        changed.put(workspaceId, entries);
        return new FilterHistory(changed);
    }
}
