package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.ManualDebouncer;
import app.leadbrowser.ui.common.Texts;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter strip above the table, as the window lays it out at laptop widths in both languages with a
 * three-condition filter and a quick search: every control lies inside the panel, none overlaps another, no text is
 * cut short ("Тоследний визит"), and the strip stays a line or two high.
 */
@org.junit.jupiter.api.extension.ExtendWith(ApplicationExtension.class)
class FilterStripLayoutTest {
    private Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
        Texts.use(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1024, en, 2", "1024, ru, 2", "1280, en, 1", "1280, ru, 2", "1366, ru, 2"})
    void theStripFitsTheWidthWithNothingClippedOrOverlapping(int width, String language, int maxLines, FxRobot robot) {
        Texts.use(Locale.forLanguageTag(language));
        FilterPanelViewModel vm = new FilterPanelViewModel(new PropertyCatalog(), new ManualDebouncer());
        vm.load(Filter.and(
                Conditions.text("$city", Operator.STR_EQ, "Berlin"),
                Conditions.relativeDate("$last_seen", Operator.DAYSLESS, 7, DateUnit.DAYS),
                Conditions.number("$sessions", Operator.GT, 5)));
        vm.quickSearchProperty().set("jana");
        robot.interact(() -> {
            stage = new Stage();
            BorderPane window = new BorderPane();
            window.setTop(new FilterPanelView(vm).getRoot());
            Scene scene = new Scene(window, width, 600);
            scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Parent panel = (Parent) robot.lookup("#filterPanel").query();
        Bounds area = screen(panel);
        assertTrue(area.getWidth() <= width + 0.5, "the panel is as wide as the window: " + area.getWidth());
        List<Node> controls = new ArrayList<>();
        collect(panel, controls);
        assertTrue(controls.size() >= 8, "quick search, 3 chips and their ×, the buttons: " + controls.size());
        for (Node control : controls) {
            Bounds bounds = screen(control);
            assertTrue(contains(area, bounds), describe(control) + " at " + bounds + " lies outside the panel " + area);
            if (control instanceof Labeled labeled
                    && labeled.getText() != null
                    && !labeled.getText().isEmpty()) {
                Text shown = (Text) labeled.lookup(".text");
                String text = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
                assertEquals(text, shown.getText(), describe(control) + " is cut short");
            }
        }
        FlowPane strip = (FlowPane) robot.lookup("#filterStrip").query();
        List<Node> items = strip.getChildren().stream().filter(Node::isVisible).toList();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                assertTrue(
                        !screen(items.get(i)).intersects(shrunk(screen(items.get(j)))),
                        describe(items.get(i)) + " overlaps " + describe(items.get(j)));
            }
        }
        double lineHeight = screen(robot.lookup("#quickSearch").query()).getHeight();
        double lines = Math.round(strip.getHeight() / (lineHeight + strip.getVgap()) * 10) / 10.0;
        assertTrue(lines <= maxLines + 0.3, "the strip takes " + lines + " lines at " + width + " px");
    }

    private static void collect(Parent parent, List<Node> found) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Control) {
                found.add(child);
            } else if (child instanceof Parent inner) {
                collect(inner, found);
            }
        }
    }

    private static Bounds screen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        double slack = 0.5;
        return inner.getMinX() >= outer.getMinX() - slack
                && inner.getMaxX() <= outer.getMaxX() + slack
                && inner.getMinY() >= outer.getMinY() - slack
                && inner.getMaxY() <= outer.getMaxY() + slack;
    }

    /** Neighbours may share an edge pixel. */
    private static Bounds shrunk(Bounds bounds) {
        return new javafx.geometry.BoundingBox(
                bounds.getMinX() + 1, bounds.getMinY() + 1, bounds.getWidth() - 2, bounds.getHeight() - 2);
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " “" + labeled.getText() + "”" : "";
        return node.getClass().getSimpleName() + "#" + node.getId() + text;
    }
}
