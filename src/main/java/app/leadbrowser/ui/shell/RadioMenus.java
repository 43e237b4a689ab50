package app.leadbrowser.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** A menu of radio items over a list of choices: the item of the value {@code current} holds is selected. */
final class RadioMenus {
    private RadioMenus() {}

    /**
     * @param name the menu's id is {@code <name>Menu}, each item's {@code <name>-} followed by {@code idOf} its value
     * @param choose what clicking an item does with its value
     */
    static <T> Menu of(
            String text,
            String name,
            List<T> values,
            Function<T, String> idOf,
            Function<T, String> textOf,
            ObservableValue<T> current,
            Consumer<T> choose) {
        Menu menu = new Menu(text);
        menu.setId(name + "Menu");
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(textOf.apply(value));
            item.setId(name + "-" + idOf.apply(value));
            item.setToggleGroup(group);
            item.setSelected(value.equals(current.getValue()));
            current.addListener((obs, old, now) -> item.setSelected(value.equals(now)));
            item.setOnAction(event -> choose.accept(value));
            menu.getItems().add(item);
        }
        return menu;
    }
}
