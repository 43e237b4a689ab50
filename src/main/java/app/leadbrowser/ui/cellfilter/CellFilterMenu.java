package app.leadbrowser.ui.cellfilter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The context menu of a value (a table cell, a card property): one item per {@link CellFilterAction}, each with the
 * id {@code cellFilter-<action id>}; choosing one hands its condition to {@link #setOnFilter}. One menu is reused
 * for every value of its owner.
 */
public final class CellFilterMenu {
    private final ContextMenu menu = new ContextMenu();
    private Consumer<Condition> onFilter = condition -> {};

    /** @param id the menu's id, for tests */
    public CellFilterMenu(String id) {
        menu.setId(id);
    }

    /** What choosing an item does with its condition (the filter builder adds and applies it). */
    public void setOnFilter(Consumer<Condition> action) {
        onFilter = action == null ? condition -> {} : action;
    }

    /** Shows {@code actions} at a point of the screen, over {@code owner}. */
    public void show(Node owner, double screenX, double screenY, List<CellFilterAction> actions) {
        List<MenuItem> items = new ArrayList<>();
        for (CellFilterAction action : actions) {
            MenuItem item = new MenuItem(action.label());
            item.setId("cellFilter-" + action.id());
            item.setMnemonicParsing(false); // values may hold underscores
            item.setOnAction(event -> onFilter.accept(action.condition()));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem nothing = new MenuItem(Texts.get("cellfilter.nothing"));
            nothing.setId("cellFilter-nothing");
            nothing.setDisable(true);
            items.add(nothing);
        }
        menu.getItems().setAll(items);
        menu.show(owner, screenX, screenY);
    }

    /** Hides the menu if it is showing. */
    public void hide() {
        menu.hide();
    }
}
