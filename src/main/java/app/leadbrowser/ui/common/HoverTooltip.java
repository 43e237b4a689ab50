package app.leadbrowser.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made when the mouse first enters the control, and kept up to date from then on. A tooltip is
 * a popup with its own scene and CSS: one per table cell or row made up front costs a popup per cell each time the
 * rows change (e.g. ~200 before the first leads show, one per property when a card opens).
 */
public final class HoverTooltip {
    private static final double MAX_WIDTH = 480;

    private final Control control;
    private final Supplier<String> text;
    private Tooltip tooltip;

    private HoverTooltip(Control control, Supplier<String> text) {
        this.control = control;
        this.text = text;
    }

    /** {@code text} gives the tooltip's text at the time; empty for no tooltip. */
    public static HoverTooltip install(Control control, Supplier<String> text) {
        HoverTooltip hover = new HoverTooltip(control, text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> hover.update());
        return hover;
    }

    /** Call when what the text is made of changed: a control hovered before follows it. */
    public void changed() {
        if (tooltip != null) {
            update();
        }
    }

    private void update() {
        String tip = text.get();
        if (tip.isEmpty()) {
            control.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setWrapText(true); // a whole value of 255 characters reads as a paragraph, not a line off-screen
            tooltip.setMaxWidth(MAX_WIDTH);
        }
        tooltip.setText(tip);
        control.setTooltip(tooltip);
    }
}
