package app.leadbrowser.ui.cellfilter;

import app.leadbrowser.client.filter.Condition;
import java.util.Objects;

/**
 * One "filter from what you see" choice of a context menu: what it says and the condition it adds to the filter.
 *
 * @param id stable name of the choice ({@code showOnly}, {@code exclude}, {@code lessThan}, {@code moreThan}; a
 *     list's items are {@code showOnly-0}, {@code showOnly-1}…), used as the menu item's id
 * @param label what the menu shows, e.g. "Show only leads with City “Berlin”"
 * @param condition what the choice adds to the filter builder
 */
public record CellFilterAction(String id, String label, Condition condition) {
    public CellFilterAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(condition, "condition");
    }
}
