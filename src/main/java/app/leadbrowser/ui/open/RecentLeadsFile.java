package app.leadbrowser.ui.open;

import app.leadbrowser.settings.PerWorkspaceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The recent leads of every workspace, newest first, by workspace id: the file {@value #FILE_NAME}. */
public record RecentLeadsFile(Map<String, List<RecentLead>> workspaces) {
    public static final String FILE_NAME = "recent-leads.json";

    public RecentLeadsFile {
        workspaces = workspaces == null ? Map.of() : Map.copyOf(workspaces);
    }

    /** The store of {@code configDir} (reads the file: call off the FX thread). */
    public static PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> load(Path configDir) {
        return PerWorkspaceStore.load(
                configDir,
                FILE_NAME,
                RecentLeadsFile.class,
                "Your recent leads",
                RecentLeadsFile::workspaces,
                RecentLeadsFile::new);
    }

    /** A store kept in memory only (no config directory). */
    public static PerWorkspaceStore<RecentLeadsFile, List<RecentLead>> inMemory() {
        return PerWorkspaceStore.inMemory(RecentLeadsFile::workspaces, RecentLeadsFile::new);
    }
}
