package app.leadbrowser.ui.shell;

import app.leadbrowser.client.filter.Condition;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The left pane of the main window, one per workspace session: the filter builder goes here. {@code root} is
 * the pane; {@code focusQuickSearch} is what Ctrl+F does; {@code addCondition} adds a condition and applies it
 * ("filter from what you see" in the table and the card).
 */
public record FilterSlot(Node root, Runnable focusQuickSearch, Consumer<Condition> addCondition) {

    /** Makes the left pane for a session; the filter panel's factory binds its applied filter to the table. */
    @FunctionalInterface
    public interface Factory {
        FilterSlot create(WorkspaceSession session);
    }
}
