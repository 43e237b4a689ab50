package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The card's location line with its map link: "Open map" (its address on hover), "Copy link", and under them what
 * the last click did. A link that is not http(s) shows as text, still with "Copy link".
 */
final class MapLinkView {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private MapLinkView() {}

    static Node row(Node location, MapLinkViewModel link, ObservableStringValue url, ObservableBooleanValue openable) {
        Hyperlink open = new Hyperlink(Texts.get("card.openMap"));
        open.setId("openMapLink");
        open.setMinWidth(Region.USE_PREF_SIZE); // the location beside it takes more lines instead
        open.setOnAction(event -> link.open());
        Tooltip address = new Tooltip();
        address.textProperty().bind(url);
        open.setTooltip(address);
        showWhen(open, openable);

        Label text = new Label();
        text.setId("mapUrlText");
        text.textProperty().bind(url);
        showWhen(
                text,
                Bindings.createBooleanBinding(
                        () -> !openable.get() && !url.get().isEmpty(), openable, url));

        // an icon, so that the location line fits a narrow card in every language; its name is the tooltip
        Button copy = Icons.COPY.onlyOn(new Button(), Texts.get("card.map.copy"));
        copy.setId("copyMapLinkButton");
        copy.getStyleClass().add("flat");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(event -> link.copy());
        showWhen(copy, Bindings.createBooleanBinding(() -> !url.get().isEmpty(), url));

        Label notice = new Label();
        notice.setId("mapLinkNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(link.noticeProperty());
        notice.getStyleClass().add("map-link-notice");
        link.failedProperty().addListener((obs, was, failed) -> notice.pseudoClassStateChanged(FAILED, failed));
        showWhen(notice, link.noticeProperty().isNotEmpty());

        // the link goes under the place, which then has the card's width to itself
        HBox links = new HBox(6, open, text, copy);
        links.setAlignment(Pos.CENTER_LEFT);
        showWhen(links, Bindings.createBooleanBinding(() -> !url.get().isEmpty(), url));
        return new VBox(2, location, links, notice);
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
