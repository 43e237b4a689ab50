package app.leadbrowser.ui.palette;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Every enabled item of a menu bar as a palette action ("View › Online now", with its shortcut): menus and palette
 * cannot drift apart because the palette reads the menus themselves. */
public final class MenuActions {
    private MenuActions() {}

    /** The actions of {@code bar} as they are now (an item's text, state and shortcut may change while running). */
    public static List<PaletteItem> of(MenuBar bar) {
        List<PaletteItem> actions = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), actions);
        }
        return actions;
    }

    private static void collect(Menu menu, String path, List<PaletteItem> actions) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu) {
                collect((Menu) item, path + " › " + item.getText(), actions);
            } else if (!(item instanceof SeparatorMenuItem)
                    && !(item instanceof CustomMenuItem)
                    && !item.isDisable()
                    && item.getText() != null
                    && !item.getText().isBlank()) {
                String shortcut = item.getAccelerator() == null
                        ? ""
                        : item.getAccelerator().getDisplayText();
                actions.add(
                        new PaletteItem(PaletteItem.Kind.ACTION, path + " › " + item.getText(), shortcut, item::fire));
            }
        }
    }
}
