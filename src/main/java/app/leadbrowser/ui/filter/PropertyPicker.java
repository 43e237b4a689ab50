package app.leadbrowser.ui.filter;

import app.leadbrowser.ui.common.Texts;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;

/**
 * A searchable property field: typing lists the catalog's properties whose label or API name matches; Enter or a
 * click picks the highlighted one, and a name that matches nothing is taken as typed (any property may be
 * filtered on). Down (or the ▾ button) opens the list; Escape closes it.
 */
final class PropertyPicker {
    /** Key of the field's properties map holding the action that commits typed text (see {@link #commitTypedIn}). */
    private static final String COMMIT_TYPED = "filter.commitTyped";
    /** Key of the field's properties map telling whether its list of matches is open (see {@link #isListShownIn}). */
    private static final String LIST_SHOWN = "filter.listShown";

    private final PropertyCatalog catalog;
    private final ObjectProperty<PropertyInfo> value;
    private final TextField field = new TextField();
    private final ListView<PropertyInfo> matches = new ListView<>();
    private final Popup popup = new Popup();
    private final HBox root;

    PropertyPicker(PropertyCatalog catalog, ObjectProperty<PropertyInfo> value) {
        this.catalog = catalog;
        this.value = value;
        catalog.wantAllEventNames(); // named by the time the list is browsed, not "Event 5813" there
        field.getStyleClass().add("filter-property");
        field.setPromptText(Texts.get("filter.property.prompt"));
        field.setAccessibleText(Texts.get("filter.property"));
        HBox.setHgrow(field, Priority.ALWAYS);
        showValue();
        value.addListener((obs, old, now) -> showValue());
        field.textProperty().addListener((obs, old, text) -> {
            if (field.isFocused() && !text.equals(label(value.get()))) {
                showMatches(text);
            }
        });
        field.setOnAction(e -> commit());
        field.getProperties().put(COMMIT_TYPED, (Runnable) this::commitTyped);
        field.getProperties().put(LIST_SHOWN, (BooleanSupplier) popup::isShowing);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTyped();
                popup.hide();
            }
        });

        matches.getStyleClass().add("filter-property-matches");
        matches.setPrefHeight(220);
        matches.setFocusTraversable(false);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PropertyInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.description());
            }
        });
        matches.setOnMouseClicked(e -> pick(matches.getSelectionModel().getSelectedItem()));
        popup.getContent().add(matches);
        popup.setAutoHide(true);

        Button browse = new Button("▾");
        browse.getStyleClass().add("filter-property-browse");
        browse.setTooltip(new Tooltip(Texts.get("filter.property.browse.tooltip")));
        browse.setAccessibleText(Texts.get("filter.property.browse"));
        browse.setFocusTraversable(false);
        browse.setOnAction(e -> {
            field.requestFocus();
            showMatches("");
        });
        root = new HBox(2, field, browse);
        HBox.setHgrow(root, Priority.ALWAYS);
    }

    /** Commits the text typed in {@code node} when it is a property field; Ctrl+Enter applies it at once. */
    static void commitTypedIn(javafx.scene.Node node) {
        if (node != null && node.getProperties().get(COMMIT_TYPED) instanceof Runnable commit) {
            commit.run();
        }
    }

    /** Whether {@code node} is a property field whose list of matches is open (Escape then closes only the list). */
    static boolean isListShownIn(javafx.scene.Node node) {
        return node != null
                && node.getProperties().get(LIST_SHOWN) instanceof BooleanSupplier shown
                && shown.getAsBoolean();
    }

    HBox getRoot() {
        return root;
    }

    TextField field() {
        return field;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            if (!popup.isShowing()) {
                showMatches(e.isAltDown() ? "" : field.getText());
            } else {
                matches.getSelectionModel().selectNext();
                matches.scrollTo(matches.getSelectionModel().getSelectedIndex());
            }
            e.consume();
        } else if (e.getCode() == KeyCode.UP && popup.isShowing()) {
            matches.getSelectionModel().selectPrevious();
            matches.scrollTo(matches.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
            popup.hide();
            e.consume();
        }
    }

    private void showMatches(String text) {
        matches.getItems().setAll(catalog.search(text));
        if (matches.getItems().isEmpty()) {
            popup.hide();
            return;
        }
        matches.getSelectionModel().selectFirst();
        matches.scrollTo(0);
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            matches.setPrefWidth(Math.max(bounds.getWidth() + 24, 260));
            popup.show(field, bounds.getMinX(), bounds.getMaxY());
        }
    }

    /** Enter: the highlighted match when the list is open, else the text as typed. */
    private void commit() {
        PropertyInfo highlighted =
                popup.isShowing() ? matches.getSelectionModel().getSelectedItem() : null;
        if (highlighted != null) {
            pick(highlighted);
        } else {
            commitTyped();
        }
    }

    private void commitTyped() {
        String text = field.getText() == null ? "" : field.getText().trim();
        if (text.equals(label(value.get()))) {
            return;
        }
        value.set(text.isEmpty() ? null : catalog.resolve(text));
        showValue();
    }

    private void pick(PropertyInfo info) {
        if (info != null) {
            value.set(info);
        }
        popup.hide();
        showValue();
    }

    private void showValue() {
        PropertyInfo info = value.get();
        field.setText(label(info));
        field.setTooltip(info == null ? null : new Tooltip(info.description()));
        field.positionCaret(field.getText().length());
    }

    private static String label(PropertyInfo info) {
        return info == null ? "" : info.label();
    }
}
