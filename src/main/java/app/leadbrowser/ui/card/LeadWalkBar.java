package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadWalkViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The card's top bar: previous/next lead of the list with the card's position ("Lead 57 of 1,204"), and why a step
 * did not move. Shown while a card loads too, so walking never makes the buttons jump.
 */
public final class LeadWalkBar {
    private final VBox root;

    public LeadWalkBar(LeadWalkViewModel walk) {
        Button previous = button("previousLeadButton", "walk.previousButton", "walk.previousTip", walk::previous);
        Button next = button("nextLeadButton", "walk.nextButton", "walk.nextTip", walk::next);
        Label position = new Label();
        position.setId("leadPosition");
        position.textProperty().bind(walk.positionTextProperty());
        HBox row = new HBox(6, previous, next, position);
        row.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("walkMessage");
        message.setWrapText(true);
        message.getStyleClass().add("walk-message");
        message.textProperty().bind(walk.messageProperty());
        message.visibleProperty().bind(walk.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        root = new VBox(4, row, message);
        root.setId("leadWalkBar");
    }

    public Node getRoot() {
        return root;
    }

    private static Button button(String id, String textKey, String tipKey, Runnable action) {
        Button button = new Button(Texts.get(textKey));
        button.setId(id);
        button.setTooltip(new Tooltip(Texts.get(tipKey)));
        button.setAccessibleText(Texts.get(tipKey)); // the button shows only its arrow, leaving room for the position
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
