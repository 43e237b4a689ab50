package app.leadbrowser.ui.palette;

import app.leadbrowser.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/** The palette's popup: a search field over the ranked list; Up/Down choose, Enter runs, Escape closes. */
public final class PaletteView {
    private static final String STYLESHEET = PaletteView.class
            .getResource("/app/leadbrowser/ui/palette/palette.css")
            .toExternalForm();

    private static final double WIDTH = 560;

    private final PaletteViewModel vm;
    private final TextField query = new TextField();
    private final ListView<PaletteItem> results = new ListView<>();
    private final Popup popup = new Popup();

    public PaletteView(PaletteViewModel vm) {
        this.vm = vm;
        query.setId("paletteQuery");
        query.setPromptText(Texts.get("palette.prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        results.setId("paletteResults");
        results.setItems(vm.getResults());
        results.setFocusTraversable(false);
        results.setPrefHeight(360);
        results.setPlaceholder(new Label(Texts.get("palette.nothing")));
        results.setCellFactory(list -> new ItemCell());
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                vm.selectedIndexProperty().set(results.getSelectionModel().getSelectedIndex());
                vm.runSelected();
            }
        });
        vm.selectedIndexProperty().addListener((obs, old, index) -> {
            results.getSelectionModel().clearAndSelect(index.intValue());
            if (index.intValue() >= 0) {
                results.scrollTo(index.intValue());
            }
        });

        vm.getResults().addListener((ListChangeListener<PaletteItem>) change -> results.getSelectionModel()
                .clearAndSelect(vm.selectedIndexProperty().get()));
        Label status = new Label();
        status.setId("paletteStatus");
        status.setWrapText(true);
        status.getStyleClass().add("palette-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinHeight(Region.USE_PREF_SIZE); // the line stays when empty: the list does not jump as one types
        vm.setBeforeRun(popup::hide);

        VBox box = new VBox(6, query, results, status);
        box.setId("palette");
        box.setPrefWidth(WIDTH);
        // a popup has no scene root of the window above it: "root" gives it the theme's colours (light or dark)
        box.getStyleClass().addAll("root", "palette");
        box.getStylesheets().add(STYLESHEET);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(event -> vm.close());
    }

    /** Opens the palette near the top of {@code owner}, with fresh items and an empty query. */
    public void show(Window owner) {
        vm.open();
        popup.show(owner, owner.getX() + (owner.getWidth() - WIDTH) / 2, owner.getY() + 70);
        query.requestFocus();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN) {
            vm.moveSelection(1);
        } else if (event.getCode() == KeyCode.UP) {
            vm.moveSelection(-1);
        } else if (event.getCode() == KeyCode.ENTER) {
            vm.runSelected();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            popup.hide();
        } else {
            return;
        }
        event.consume();
    }

    private static final class ItemCell extends ListCell<PaletteItem> {
        private final Label kind = new Label();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox row;

        ItemCell() {
            kind.setMinWidth(Region.USE_PREF_SIZE);
            kind.getStyleClass().add("palette-kind");
            detail.getStyleClass().add("palette-detail");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            title.setMinWidth(0);
            row = new HBox(8, kind, title, spacer, detail);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            kind.setText(Texts.get("palette.kind." + item.kind().name().toLowerCase(java.util.Locale.ROOT)));
            title.setText(item.title());
            detail.setText(item.detail());
            setGraphic(row);
        }
    }
}
