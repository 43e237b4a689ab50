package app.leadbrowser.ui.filter;

import app.leadbrowser.ui.common.Texts;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The popover editing one condition under its chip (id {@code filterEditor}): property → operator → value in Tab
 * order, then Apply and Remove. Enter (or Ctrl+Enter) applies the filter and closes it when nothing is wrong;
 * Escape or a click elsewhere closes it and leaves the edit marked as not applied, its errors shown. A condition
 * nothing was chosen in is dropped when its editor closes.
 */
final class ConditionEditor {
    private final FilterPanelViewModel panel;
    private final FilterRowViewModel row;
    private final Popup popup = new Popup();
    private final VBox content = new VBox(8);

    ConditionEditor(FilterPanelViewModel panel, FilterRowViewModel row, Runnable onClosed) {
        this.panel = panel;
        this.row = row;
        content.setId("filterEditor");
        content.getStyleClass().add("filter-editor");
        content.getStylesheets()
                .add(ConditionEditor.class.getResource("filter-panel.css").toExternalForm());
        Button apply = new Button();
        apply.setId("filterEditorApply");
        apply.getStyleClass().add("filter-apply");
        apply.textProperty().bind(panel.applyTextProperty());
        apply.setOnAction(e -> applyAndClose());
        Button remove = new Button(Texts.get("filter.editor.remove"));
        remove.setId("filterEditorRemove");
        remove.setOnAction(e -> {
            panel.remove(row);
            popup.hide();
        });
        apply.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        content.getChildren().addAll(new FilterRowView(row, panel.catalog()).getRoot(), new HBox(6, apply, remove));
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::applyOnCtrlEnter);
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::closeOnEscape);
        content.addEventHandler(KeyEvent.KEY_PRESSED, this::applyOnEnter);
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setConsumeAutoHidingEvents(false); // a click on "+ Filter" or another chip does what it says
        popup.setOnHidden(e -> {
            if (row.isBlank()) {
                panel.discardIfBlank(row);
            } else {
                row.revealErrors(); // every field was left
            }
            onClosed.run();
        });
    }

    /** Shows the editor under {@code anchor} with the first field to fill focused. */
    void showUnder(Node anchor) {
        if (anchor.getScene() == null || anchor.getScene().getWindow() == null) {
            return;
        }
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMinX(), bounds.getMaxY() + 2);
        String first = row.propertyProperty().get() == null ? ".filter-property" : ".filter-value";
        Node field = content.lookup(first);
        (field != null && field.isVisible() ? field : content.lookup(".filter-property")).requestFocus();
    }

    void hide() {
        popup.hide();
    }

    private void applyAndClose() {
        commitFocusedEditor();
        if (panel.apply()) {
            popup.hide();
        }
    }

    private void applyOnCtrlEnter(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            applyAndClose();
            e.consume();
        }
    }

    /** Escape closes the editor, whichever field has the focus, unless it closes a list open in that field. */
    private void closeOnEscape(KeyEvent e) {
        Node focused = content.getScene() == null ? null : content.getScene().getFocusOwner();
        boolean listOpen = focused instanceof ComboBoxBase<?> box && box.isShowing();
        if (e.getCode() == KeyCode.ESCAPE && !listOpen && !PropertyPicker.isListShownIn(focused)) {
            popup.hide();
            e.consume();
        }
    }

    private void applyOnEnter(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            applyAndClose();
            e.consume();
        }
    }

    /** Text typed in a property or date field counts once committed; applying commits it first. */
    private void commitFocusedEditor() {
        Node focused = content.getScene() == null ? null : content.getScene().getFocusOwner();
        PropertyPicker.commitTypedIn(focused);
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof DatePicker date) {
                date.commitValue();
                return;
            }
        }
    }
}
