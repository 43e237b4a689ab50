package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Where the card is: its own pane beside the table on a wide window; below {@link #FLOAT_BELOW} pixels a panel
 * over the table's right side, opened by Enter (or a double click) on a lead and closed by Esc or its × button.
 * The walk keys (Alt+Up/Down) work either way.
 */
final class CardPlacement {
    /** Below this window width three panes do not fit: the card floats over the table. */
    static final double FLOAT_BELOW = 1100;

    private static final double PANEL_WIDTH = 420;

    private final SplitPane split;
    private final StackPane cardHolder;
    private final WindowBounds bounds;
    private final BorderPane panel = new BorderPane();
    /** True while the card floats over the table instead of having its own pane. */
    private boolean floating;

    /** @param over the pane the split pane fills, where the floating panel goes */
    CardPlacement(SplitPane split, StackPane cardHolder, StackPane over, WindowBounds bounds) {
        this.split = split;
        this.cardHolder = cardHolder;
        this.bounds = bounds;
        Button close = new Button("×");
        close.setId("cardPanelClose");
        close.setTooltip(new Tooltip(Texts.get("shell.card.close")));
        close.setOnAction(event -> close());
        HBox top = new HBox(close);
        top.setAlignment(Pos.CENTER_RIGHT);
        panel.setTop(top);
        panel.setId("cardPanel");
        panel.getStyleClass().add("card-panel");
        panel.setMaxWidth(PANEL_WIDTH);
        panel.setMinWidth(Region.USE_PREF_SIZE);
        panel.setVisible(false);
        panel.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        StackPane.setAlignment(panel, Pos.CENTER_RIGHT);
        over.getChildren().add(panel);
        over.widthProperty().addListener((obs, old, width) -> place(width.doubleValue()));
    }

    /** Shows the card: in its pane (widened when dragged shut), or as the panel over the table. */
    void reveal() {
        if (floating) {
            panel.setVisible(true);
        } else {
            bounds.revealCard();
        }
    }

    private void close() {
        panel.setVisible(false);
        split.requestFocus();
    }

    private void place(double width) {
        boolean narrow = width > 0 && width < FLOAT_BELOW;
        if (narrow == floating) {
            return;
        }
        if (narrow) {
            bounds.cardLeaving();
            split.getItems().remove(cardHolder);
            panel.setCenter(cardHolder);
        } else {
            panel.setCenter(null);
            panel.setVisible(false);
            split.getItems().add(cardHolder);
            bounds.cardReturned();
        }
        floating = narrow;
    }
}
