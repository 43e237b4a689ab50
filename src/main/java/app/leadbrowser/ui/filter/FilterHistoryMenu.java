package app.leadbrowser.ui.filter;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The "History" button of the filter panel: a menu of the filters applied, newest first, each in plain words with
 * its sort and time; choosing one applies it again. Items have the ids {@code filterHistoryItem0, 1…}.
 */
public final class FilterHistoryMenu {
    private final FilterHistoryViewModel vm;
    private final MenuButton button = new MenuButton(Texts.get("history.button"));

    public FilterHistoryMenu(FilterHistoryViewModel vm) {
        this.vm = vm;
        button.setId("filterHistory");
        Icons.HISTORY.onlyOn(
                button, Texts.get("history.button").replace("_", "") + ": " + Texts.get("history.button.help"));
        vm.items().addListener((ListChangeListener<FilterHistoryItem>) change -> fill());
        fill();
    }

    public Node getRoot() {
        return button;
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
        button.getItems().setAll(menu);
    }
}
