package app.leadbrowser.settings;

import java.util.List;

/** Where one workspace's filter history is kept: a {@link FilterHistoryStore}, or memory only. */
public interface WorkspaceHistory {

    /** The entries kept, newest first. */
    List<FilterHistoryEntry> entries();

    /** Keeps {@code entries} (newest first) in place of the ones before. */
    void save(List<FilterHistoryEntry> entries);

    /** A history kept for as long as the object lives (no config directory, e.g. in tests). */
    static WorkspaceHistory inMemory() {
        return new WorkspaceHistory() {
            private List<FilterHistoryEntry> kept = List.of();

            @Override
            public List<FilterHistoryEntry> entries() {
                return kept;
            }

            @Override
            public void save(List<FilterHistoryEntry> entries) {
                kept = List.copyOf(entries);
            }
        };
    }
}
