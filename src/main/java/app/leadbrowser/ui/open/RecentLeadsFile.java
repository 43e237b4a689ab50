package app.leadbrowser.ui.open;

import app.leadbrowser.settings.PerWorkspaceStore;
import java.util.List;
import java.util.Map;

/** The recent leads of every workspace, newest first, by workspace id: the file {@value #FILE_NAME}. */
public record RecentLeadsFile(Map<String, List<RecentLead>> workspaces) {
    public static final String FILE_NAME = "recent-leads.json";

    /** The store's kind: load it with {@link PerWorkspaceStore#load} (off the FX thread) or keep it in memory. */
    public static final PerWorkspaceStore.Kind<RecentLeadsFile, List<RecentLead>> STORE = new PerWorkspaceStore.Kind<>(
            FILE_NAME, RecentLeadsFile.class, "Your recent leads", RecentLeadsFile::workspaces, RecentLeadsFile::new);

    public RecentLeadsFile {
        workspaces = workspaces == null ? Map.of() : Map.copyOf(workspaces);
    }
}
