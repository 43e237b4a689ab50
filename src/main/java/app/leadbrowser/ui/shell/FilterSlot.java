package app.leadbrowser.ui.shell;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.ui.palette.PaletteItem;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The left pane of the main window, one per workspace session: the filter builder goes here. {@code root} is
 * the pane; {@code focusQuickSearch} is what Ctrl+F does; {@code addCondition} adds a condition and applies it
 * ("filter from what you see" in the table and the card); {@code propertyActions} are the command palette's "add
 * condition on …" items.
 */
public record FilterSlot(
        Node root,
        Runnable focusQuickSearch,
        Consumer<Condition> addCondition,
        Supplier<List<PaletteItem>> propertyActions) {

    /** The same slot shown in {@code wrapper} (e.g. with a sidebar above it). */
    public FilterSlot withRoot(Node wrapper) {
        return new FilterSlot(wrapper, focusQuickSearch, addCondition, propertyActions);
    }

    /** Makes the left pane for a session; the filter panel's factory binds its applied filter to the table. */
    @FunctionalInterface
    public interface Factory {
        FilterSlot create(WorkspaceSession session);
    }
}
