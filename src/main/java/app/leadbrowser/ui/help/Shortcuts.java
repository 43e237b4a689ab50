package app.leadbrowser.ui.help;

import app.leadbrowser.ui.common.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The keyboard shortcuts of a window, collected from the window itself so the list cannot drift from what the keys
 * do: the accelerators of its menu items (described by the item's text), the scene's other accelerators (described
 * where they are put on with {@link #accelerate}), and the keys its controls handle themselves (described where
 * they are handled, with {@link #declare}).
 */
public final class Shortcuts {
    private static final String DECLARED = Shortcuts.class.getName() + ".declared";
    private static final String DESCRIBED = Shortcuts.class.getName() + ".described";

    /** One shortcut: the keys as this OS shows them (e.g. "Ctrl+F"), what they do and where. */
    public record Shortcut(String keys, String action, String area) {}

    private Shortcuts() {}

    /** Puts {@code action} on {@code keys} anywhere in {@code scene} and describes it for the shortcuts sheet. */
    public static void accelerate(Scene scene, KeyCombination keys, String description, Runnable action) {
        scene.getAccelerators().put(keys, action);
        described(scene).put(keys, description);
    }

    /** Describes a shortcut that JavaFX itself puts on {@code scene} (e.g. F10 for the menu bar). */
    public static void describe(Scene scene, KeyCombination keys, String description) {
        described(scene).put(keys, description);
    }

    /**
     * Says that {@code node} handles {@code keys} itself (in a key handler), and what they do there; several keys
     * doing one thing (e.g. Alt+Up and Alt+Down) make one line.
     */
    public static void declare(Node node, String area, String description, KeyCombination... keys) {
        String shown = java.util.Arrays.stream(keys)
                .map(KeyCombination::getDisplayText)
                .collect(java.util.stream.Collectors.joining(" / "));
        declared(node).add(new Shortcut(shown, description, area));
    }

    /** Every shortcut of {@code scene}: its menus' first, then the scene's own, then those of its controls. */
    public static List<Shortcut> of(Scene scene) {
        Map<KeyCombination, Shortcut> byKeys = new LinkedHashMap<>();
        menuBars(scene.getRoot(), new ArrayList<>())
                .forEach(bar -> bar.getMenus().forEach(menu -> collect(menu, byKeys)));
        String window = Texts.get("help.area.window");
        scene.getAccelerators()
                .keySet()
                .forEach(keys -> byKeys.computeIfAbsent(
                        keys,
                        missing -> new Shortcut(
                                keys.getDisplayText(), described(scene).getOrDefault(keys, ""), window)));
        List<Shortcut> all = new ArrayList<>(byKeys.values());
        declaredIn(scene.getRoot(), all);
        return all;
    }

    private static void collect(Menu menu, Map<KeyCombination, Shortcut> byKeys) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, byKeys);
            } else if (item.getAccelerator() != null) {
                String action = item.getText() == null
                        ? ""
                        : item.getText().replace("…", "").replace("_", "");
                byKeys.putIfAbsent(
                        item.getAccelerator(),
                        new Shortcut(
                                item.getAccelerator().getDisplayText(),
                                action,
                                menu.getText().replace("_", "")));
            }
        }
    }

    private static List<MenuBar> menuBars(Node node, List<MenuBar> found) {
        if (node instanceof MenuBar bar) {
            found.add(bar);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> menuBars(child, found));
        }
        return found;
    }

    private static void declaredIn(Node node, List<Shortcut> found) {
        Object declared = node.getProperties().get(DECLARED);
        if (declared instanceof List<?> list) {
            list.forEach(shortcut -> found.add((Shortcut) shortcut));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> declaredIn(child, found));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Shortcut> declared(Node node) {
        return (List<Shortcut>) node.getProperties().computeIfAbsent(DECLARED, key -> new ArrayList<Shortcut>());
    }

    @SuppressWarnings("unchecked")
    private static Map<KeyCombination, String> described(Scene scene) {
        return (Map<KeyCombination, String>)
                scene.getProperties().computeIfAbsent(DESCRIBED, key -> new LinkedHashMap<KeyCombination, String>());
    }
}
