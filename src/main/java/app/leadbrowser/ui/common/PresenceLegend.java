package app.leadbrowser.ui.common;

import app.leadbrowser.client.model.Presence;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** The presence dots' colours, in one place, and the legend that says what each means. */
public final class PresenceLegend {
    private static final Color ONLINE = Color.web("#2e7d32");
    private static final Color IDLE = Color.web("#f9a825");
    private static final Color OFFLINE = Color.web("#b0b0b0");

    private PresenceLegend() {}

    /** The dot's colour for {@code presence}: green online, amber idle, grey offline or unknown. */
    public static Color colorOf(Presence presence) {
        return switch (presence) {
            case ONLINE -> ONLINE;
            case IDLE -> IDLE;
            default -> OFFLINE;
        };
    }

    /** The dots column's header: three small dots whose tooltip is the legend. */
    public static Node header() {
        HBox dots = new HBox(1, dot(Presence.ONLINE, 3), dot(Presence.IDLE, 3), dot(Presence.OFFLINE, 3));
        dots.setAlignment(Pos.CENTER);
        Label header = new Label(null, dots);
        header.setId("presenceLegend");
        header.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        Tooltip legend = new Tooltip();
        legend.setGraphic(legend());
        legend.setShowDelay(Duration.millis(300));
        header.setTooltip(legend);
        return header;
    }

    /** One line per presence: its dot and what it means. */
    static Node legend() {
        VBox lines = new VBox(4);
        for (Presence presence : new Presence[] {Presence.ONLINE, Presence.IDLE, Presence.OFFLINE}) {
            Label line = new Label(Texts.get("common.presence.legend." + presence.wireName()), dot(presence, 5));
            line.setId("presenceLegend-" + presence.wireName());
            lines.getChildren().add(line);
        }
        return lines;
    }

    private static Circle dot(Presence presence, double radius) {
        return new Circle(radius, colorOf(presence));
    }
}
