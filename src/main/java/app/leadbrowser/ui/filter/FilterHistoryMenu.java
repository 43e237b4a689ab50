package app.leadbrowser.ui.filter;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The "History" submenu of the filter panel's "⋯" menu: the filters of the filters applied, newest first, each in plain words with
 * its sort and time; choosing one applies it again. Items have the ids {@code filterHistoryItem0, 1…}.
 */
public final class FilterHistoryMenu {
    private final FilterHistoryViewModel vm;
    private final Menu menu = new Menu(Texts.get("history.button"), Icons.HISTORY.node());

    public FilterHistoryMenu(FilterHistoryViewModel vm) {
        this.vm = vm;
        menu.setId("filterHistory");
        vm.items().addListener((ListChangeListener<FilterHistoryItem>) change -> fill());
        fill();
    }

    public Menu getMenu() {
        return menu;
    }

    private void fill() {
        List<MenuItem> menu = new ArrayList<>();
        for (int i = 0; i < vm.items().size(); i++) {
            FilterHistoryItem item = vm.items().get(i);
            MenuItem entry = new MenuItem(
                    item.summary() + "\n" + Texts.get("history.details", item.sortText(), vm.appliedAtText(item)));
            entry.setId("filterHistoryItem" + i);
            entry.setMnemonicParsing(false); // property names may hold underscores
            entry.setOnAction(e -> vm.reapply(item));
            menu.add(entry);
        }
        if (menu.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("history.empty"));
            none.setId("filterHistoryEmpty");
            none.setDisable(true);
            menu.add(none);
        } else {
            MenuItem clear = new MenuItem(Texts.get("history.clear"));
            clear.setId("filterHistoryClear");
            clear.setOnAction(e -> vm.clear());
            menu.add(new SeparatorMenuItem());
            menu.add(clear);
        }
        this.menu.getItems().setAll(menu);
    }
}
