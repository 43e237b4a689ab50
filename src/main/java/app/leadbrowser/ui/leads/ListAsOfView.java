package app.leadbrowser.ui.leads;

import app.leadbrowser.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** "List as of 14:32" with a button that loads the list again, for the table of the workspace shown. */
public final class ListAsOfView {
    private final Label asOf = new Label();
    private final Button refresh = new Button(Texts.get("walk.refresh"));
    private final HBox root = new HBox(2, asOf, refresh);

    public ListAsOfView() {
        asOf.setId("listAsOf");
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setId("refreshListButton");
        refresh.setTooltip(new Tooltip(Texts.get("walk.refreshListTip")));
        refresh.getStyleClass().add("compact-button");
        root.setAlignment(Pos.CENTER_LEFT);
        root.visibleProperty().bind(asOf.textProperty().isNotEmpty());
    }

    public Node getRoot() {
        return root;
    }

    /** Shows how old {@code table}'s list is, and refreshes that table. */
    public void show(LeadTableViewModel table) {
        asOf.textProperty().bind(table.listing().listAsOfTextProperty());
        refresh.setOnAction(event -> table.refresh());
    }
}
