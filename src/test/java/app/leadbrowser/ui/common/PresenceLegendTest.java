package app.leadbrowser.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.Presence;
import app.leadbrowser.ui.looks.LooksView;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The presence dots take the theme's colours through their style classes, in the legend as in the cells. */
@ExtendWith(ApplicationExtension.class)
class PresenceLegendTest {
    Node legend;

    @Start
    void start(Stage stage) {
        LooksView.useLightTheme();
        legend = PresenceLegend.legend();
        stage.setScene(new Scene(new VBox(8, PresenceLegend.header(), legend), 400, 200));
        stage.show();
    }

    @Test
    void eachPresenceHasItsOwnThemeColour(FxRobot robot) {
        Color online = fillOf(Presence.ONLINE);
        Color idle = fillOf(Presence.IDLE);
        Color offline = fillOf(Presence.OFFLINE);

        assertTrue(online.getGreen() > online.getRed() && online.getGreen() > online.getBlue(), "green: " + online);
        assertTrue(idle.getRed() > idle.getBlue() && idle.getGreen() > idle.getBlue(), "amber: " + idle);
        assertEquals(offline.getRed(), offline.getBlue(), 0.1, "grey: " + offline);
        assertNotEquals(Color.BLACK, offline, "the grey comes from the theme, not the shape's default");
        assertEquals(
                List.of("presence-dot", "presence-online"),
                dotOf(Presence.ONLINE).getStyleClass().stream().toList());
    }

    @Test
    void aDotShownAgainChangesItsClassInPlace() {
        Circle dot = PresenceLegend.dot(Presence.ONLINE, 5);

        PresenceLegend.show(dot, Presence.IDLE);

        assertEquals(
                List.of("presence-dot", "presence-idle"),
                dot.getStyleClass().stream().toList());
    }

    private Color fillOf(Presence presence) {
        return (Color) dotOf(presence).getFill();
    }

    private Circle dotOf(Presence presence) {
        Label line = (Label) legend.lookup("#presenceLegend-" + presence.wireName());
        return (Circle) line.getGraphic();
    }
}
