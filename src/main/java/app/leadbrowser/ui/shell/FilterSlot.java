package app.leadbrowser.ui.shell;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.ui.palette.PaletteItem;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A workspace session's filter: {@code root} is the filter's strip of chips, shown above the table; {@code sidebar}
 * is what the left pane shows (the saved views; empty where there are none); {@code focusQuickSearch} is what Ctrl+F does; {@code addCondition} adds a condition and applies it
 * ("filter from what you see" in the table and the card); {@code propertyActions} are the command palette's "add
 * condition on …" items.
 */
public record FilterSlot(
        Node root,
        Optional<Node> sidebar,
        Runnable focusQuickSearch,
        Consumer<Condition> addCondition,
        Supplier<List<PaletteItem>> propertyActions) {

    /** The same filter with {@code pane} in the left pane. */
    public FilterSlot withSidebar(Node pane) {
        return new FilterSlot(root, Optional.of(pane), focusQuickSearch, addCondition, propertyActions);
    }

    /** Makes the filter for a session; the filter panel's factory binds its applied filter to the table. */
    @FunctionalInterface
    public interface Factory {
        FilterSlot create(WorkspaceSession session);
    }
}
