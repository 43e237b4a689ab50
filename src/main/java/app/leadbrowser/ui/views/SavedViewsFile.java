package app.leadbrowser.ui.views;

import app.leadbrowser.settings.PerWorkspaceStore;
import java.util.Map;

/** The saved views of every workspace, by workspace id: the file {@value #FILE_NAME} in the config directory. */
public record SavedViewsFile(Map<String, WorkspaceViews> workspaces) {
    public static final String FILE_NAME = "saved-views.json";

    /** The store's kind: load it with {@link PerWorkspaceStore#load} (off the FX thread) or keep it in memory. */
    public static final PerWorkspaceStore.Kind<SavedViewsFile, WorkspaceViews> STORE = new PerWorkspaceStore.Kind<>(
            FILE_NAME, SavedViewsFile.class, "Your saved views", SavedViewsFile::workspaces, SavedViewsFile::new);

    public SavedViewsFile {
        workspaces = workspaces == null ? Map.of() : Map.copyOf(workspaces);
    }
}
