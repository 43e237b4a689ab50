package app.leadbrowser.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * Finds what a person would call clipped in a laid-out pane: a visible control that sticks out of the pane (or the
 * window), two sibling controls laid over each other, or a label whose text is cut short ("Per p…"). Controls are
 * leaves (their skins are their own business), except the containers whose content is the app's: scroll panes,
 * titled panes, tab panes, split panes, tool bars and button bars. Scrolled content is not held to the pane's edge.
 */
final class LayoutCheck {
    private static final double TOLERANCE = 1.0;

    private final List<String> problems = new ArrayList<>();

    /** The problems found in {@code pane}, each naming the control, its size and what is wrong. */
    static List<String> of(Node pane) {
        LayoutCheck check = new LayoutCheck();
        check.walk(pane, visibleArea(pane), false);
        return check.problems;
    }

    private void walk(Node node, Bounds area, boolean scrolled) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (!scrolled && bounds.getWidth() > 0 && !inside(bounds, area)) {
            problems.add(name(node) + " lies outside its pane " + size(bounds) + " in " + size(area));
        }
        if (node instanceof Labeled labeled && isCutShort(labeled)) {
            problems.add(name(node) + " is cut short: \"" + labeled.getText() + "\" " + size(bounds));
        }
        if (node instanceof TabPane tabs) {
            checkTabHeaders(tabs);
        }
        List<Node> children = contentOf(node);
        if (node instanceof Pane && !(node instanceof StackPane)) {
            checkOverlaps(children);
        }
        boolean scrolls = scrolled || node instanceof ScrollPane;
        children.forEach(child -> walk(child, area, scrolls));
    }

    private static List<Node> contentOf(Node node) {
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? List.of() : List.of(scroll.getContent());
        }
        if (node instanceof TitledPane titled) {
            return titled.isExpanded() && titled.getContent() != null ? List.of(titled.getContent()) : List.of();
        }
        if (node instanceof TabPane tabs) {
            return tabs.getSelectionModel().getSelectedItem() == null
                            || tabs.getSelectionModel().getSelectedItem().getContent() == null
                    ? List.of()
                    : List.of(tabs.getSelectionModel().getSelectedItem().getContent());
        }
        if (node instanceof SplitPane split) {
            return split.getItems();
        }
        if (node instanceof ToolBar bar) {
            return bar.getItems();
        }
        if (node instanceof ButtonBar bar) {
            return bar.getButtons();
        }
        if (node instanceof Control || node instanceof Group || !(node instanceof Parent parent)) {
            return List.of();
        }
        return parent.getChildrenUnmodifiable();
    }

    private void checkOverlaps(List<Node> children) {
        List<Node> shown = children.stream()
                .filter(Node::isVisible)
                .filter(Node::isManaged)
                .filter(child -> !(child instanceof Text))
                .toList();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                Bounds a = shown.get(i).localToScene(shown.get(i).getLayoutBounds());
                Bounds b = shown.get(j).localToScene(shown.get(j).getLayoutBounds());
                double overlapX = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double overlapY = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (overlapX > TOLERANCE && overlapY > TOLERANCE) {
                    problems.add(
                            name(shown.get(i)) + " " + size(a) + " overlaps " + name(shown.get(j)) + " " + size(b));
                }
            }
        }
    }

    /**
     * A tab pane shows the tabs that fit and lists the rest in its menu; a tab header that is only partly shown (a
     * tab cut to "Д") reads as clipped.
     */
    private void checkTabHeaders(TabPane tabs) {
        Node area = tabs.lookup(".tab-header-area");
        Node menu = tabs.lookup(".control-buttons-tab");
        if (area == null) {
            return;
        }
        double edge = menu != null && menu.isVisible()
                ? menu.localToScene(menu.getLayoutBounds()).getMinX()
                : area.localToScene(area.getLayoutBounds()).getMaxX();
        for (Node header : tabs.lookupAll(".tab")) {
            Bounds bounds = header.localToScene(header.getLayoutBounds());
            if (header.isVisible() && bounds.getMinX() < edge - TOLERANCE && bounds.getMaxX() > edge + TOLERANCE) {
                Node label = header.lookup(".tab-label");
                String text = label instanceof Labeled labeled ? labeled.getText() : "?";
                problems.add("the tab \"" + text + "\" is cut at the tab pane's edge " + size(bounds));
            }
        }
    }

    /** The label's own text node shows less than its text (an ellipsis in place of the rest). */
    static boolean isCutShort(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.isWrapText()) {
            return false;
        }
        return labeled.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(Text.class::cast)
                .anyMatch(shown -> !shown.getText().equals(text.replace("_", ""))
                        && !shown.getText().equals(text));
    }

    private static Bounds visibleArea(Node pane) {
        return pane.localToScene(pane.getLayoutBounds());
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE
                && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE
                && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static String name(Node node) {
        String kind = node.getClass().getSimpleName();
        if (node.getId() != null) {
            return "#" + node.getId() + " (" + kind + ")";
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            return kind + " \"" + labeled.getText() + "\"";
        }
        return node.getParent() != null && node.getParent().getId() != null
                ? kind + " in #" + node.getParent().getId()
                : kind;
    }

    private static String size(Bounds bounds) {
        return String.format(
                "[%.0f,%.0f %.0f×%.0f]", bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
