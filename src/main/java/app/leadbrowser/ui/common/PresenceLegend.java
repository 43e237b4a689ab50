package app.leadbrowser.ui.common;

import app.leadbrowser.client.model.Presence;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The presence dots, in one place: their style classes (coloured by {@code presence.css} from the theme: green
 * online, amber idle, grey offline or unknown) and the legend that says what each means.
 */
public final class PresenceLegend {
    private static final String STYLESHEET = Objects.requireNonNull(
                    PresenceLegend.class.getResource("/app/leadbrowser/ui/common/presence.css"))
            .toExternalForm();
    private static final String DOT = "presence-dot";

    private PresenceLegend() {}

    /** Lets the dots inside {@code parent} take their colours. */
    public static void colorDotsIn(Parent parent) {
        if (!parent.getStylesheets().contains(STYLESHEET)) {
            parent.getStylesheets().add(STYLESHEET);
        }
    }

    /** A dot of {@code radius} showing {@code presence}. */
    public static Circle dot(Presence presence, double radius) {
        Circle dot = new Circle(radius);
        show(dot, presence);
        return dot;
    }

    /** Makes {@code dot} show {@code presence}, in place. */
    public static void show(Circle dot, Presence presence) {
        dot.getStyleClass().removeIf(styleClass -> styleClass.startsWith("presence-"));
        dot.getStyleClass().addAll(DOT, styleClassOf(presence));
    }

    /** The dot's style class for {@code presence}: {@code presence-online}, {@code presence-idle}, ... */
    public static String styleClassOf(Presence presence) {
        return "presence-" + presence.wireName();
    }

    /** The dots column's header: three small dots whose tooltip is the legend. */
    public static Node header() {
        HBox dots = new HBox(1, dot(Presence.ONLINE, 3), dot(Presence.IDLE, 3), dot(Presence.OFFLINE, 3));
        dots.setAlignment(Pos.CENTER);
        Label header = new Label(null, dots);
        header.setId("presenceLegend");
        header.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        colorDotsIn(header);
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
        colorDotsIn(lines); // the tooltip is a window of its own
        return lines;
    }
}
