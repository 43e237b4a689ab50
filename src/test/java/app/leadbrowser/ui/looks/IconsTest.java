package app.leadbrowser.ui.looks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every icon is a glyph that fits its 18 px box and takes the theme's colour. */
@ExtendWith(ApplicationExtension.class)
class IconsTest {

    @Test
    void everyIconIsAGlyphInsideItsBox(FxRobot robot) {
        robot.interact(() -> {
            for (Icons icon : Icons.values()) {
                Pane box = (Pane) icon.node();
                assertEquals(18, box.prefWidth(-1), icon.name());
                assertEquals(18, box.prefHeight(-1), icon.name());
                Bounds glyph = box.getChildren().get(0).getLayoutBounds();
                assertTrue(glyph.getMinX() >= 0 && glyph.getMinY() >= 0, icon + " starts inside the box: " + glyph);
                assertTrue(glyph.getMaxX() <= 18 && glyph.getMaxY() <= 18, icon + " ends inside the box: " + glyph);
                assertTrue(glyph.getWidth() > 5 && glyph.getHeight() > 5, icon + " is drawn: " + glyph);
            }
        });
    }

    @Test
    void anIconOnAButtonTakesTheButtonsTextColour(FxRobot robot) {
        robot.interact(() -> {
            Button button = Icons.REFRESH.onlyOn(new Button("Refresh"), "Refresh");
            Scene scene = new Scene(new StackPane(button));
            scene.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            button.applyCss();
            Node glyph = ((Pane) button.getGraphic()).getChildren().get(0);
            Color fill = (Color) ((SVGPath) glyph).getFill();
            assertTrue(fill.getBrightness() > 0.6, "a light glyph on the dark theme's button: " + fill);
        });
    }
}
