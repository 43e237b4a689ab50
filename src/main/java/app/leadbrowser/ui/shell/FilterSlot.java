package app.leadbrowser.ui.shell;

import javafx.scene.Node;

/**
 * The left pane of the main window, one per workspace session: the filter builder goes here. {@code root} is
 * the pane; {@code focusQuickSearch} is what Ctrl+F does.
 */
public record FilterSlot(Node root, Runnable focusQuickSearch) {

    /** Makes the left pane for a session; the filter panel's factory binds its applied filter to the table. */
    @FunctionalInterface
    public interface Factory {
        FilterSlot create(WorkspaceSession session);
    }
}
