package app.leadbrowser.ui.views;

import app.leadbrowser.settings.PerWorkspaceStore;
import java.nio.file.Path;
import java.util.Map;

/** The saved views of every workspace, by workspace id: the file {@value #FILE_NAME} in the config directory. */
public record SavedViewsFile(Map<String, WorkspaceViews> workspaces) {
    public static final String FILE_NAME = "saved-views.json";

    public SavedViewsFile {
        workspaces = workspaces == null ? Map.of() : Map.copyOf(workspaces);
    }

    /** The store of {@code configDir} (reads the file: call off the FX thread). */
    public static PerWorkspaceStore<SavedViewsFile, WorkspaceViews> load(Path configDir) {
        return PerWorkspaceStore.load(
                configDir,
                FILE_NAME,
                SavedViewsFile.class,
                "Your saved views",
                SavedViewsFile::workspaces,
                SavedViewsFile::new);
    }

    /** A store kept in memory only (no config directory). */
    public static PerWorkspaceStore<SavedViewsFile, WorkspaceViews> inMemory() {
        return PerWorkspaceStore.inMemory(SavedViewsFile::workspaces, SavedViewsFile::new);
    }
}
