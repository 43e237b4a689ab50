package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.ui.common.Texts;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * One condition as a chip: "City = Berlin ×". A click (or Enter) opens its editor; × or Delete removes it;
 * Ctrl+Shift+Up/Down moves it. The chip is marked {@code filter-chip-pending} while its condition differs from
 * the applied one, and {@code filter-invalid} (with the message as tooltip) while its editor shows an error.
 */
final class FilterChipView {
    private static final String INVALID = "filter-invalid";
    private static final String PENDING = "filter-chip-pending";

    private final HBox root = new HBox();
    private final Button label = new Button();

    /** @param onOpen opens the condition's editor under the chip */
    FilterChipView(FilterRowViewModel row, FilterPanelViewModel panel, Runnable onOpen) {
        root.getStyleClass().addAll("filter-chip", "filter-row");
        label.getStyleClass().add("filter-chip-label");
        label.setMnemonicParsing(false); // values may hold underscores
        label.textProperty().bind(text(row, panel.catalog()));
        label.setOnAction(e -> onOpen.run());
        label.setAccessibleHelp(Texts.get("filter.chip.help"));
        Button remove = new Button("×");
        remove.getStyleClass().addAll("filter-chip-remove", "filter-remove");
        remove.setAccessibleText(Texts.get("filter.row.remove"));
        remove.setTooltip(new Tooltip(Texts.get("filter.row.remove")));
        remove.setFocusTraversable(false); // Delete on the chip does the same
        remove.setOnAction(e -> panel.remove(row));
        root.getChildren().addAll(label, remove);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> onKey(e, row, panel));

        Runnable mark = () -> {
            boolean invalid = !row.shownErrorProperty().get().isEmpty();
            root.getStyleClass().removeAll(INVALID, PENDING);
            if (invalid) {
                root.getStyleClass().add(INVALID);
            } else if (panel.isPending(row)) {
                root.getStyleClass().add(PENDING);
            }
            label.setTooltip(new Tooltip(invalid ? row.shownErrorProperty().get() : label.getText()));
        };
        row.shownErrorProperty().addListener((obs, old, now) -> mark.run());
        row.conditionProperty().addListener((obs, old, now) -> mark.run());
        // the panel outlives its chips: it holds this listener weakly, the chip's node strongly
        ChangeListener<Number> onApplied = (obs, old, now) -> mark.run();
        root.getProperties().put(ChangeListener.class, onApplied);
        panel.pendingChangesProperty().addListener(new WeakChangeListener<>(onApplied));
        mark.run();
    }

    Node getRoot() {
        return root;
    }

    /** Puts the keyboard focus on the chip (after its editor closes, or a move). */
    void focus() {
        label.requestFocus();
    }

    private static void onKey(KeyEvent e, FilterRowViewModel row, FilterPanelViewModel panel) {
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            panel.remove(row);
        } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.UP) {
            panel.moveUp(row);
        } else if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.DOWN) {
            panel.moveDown(row);
        } else {
            return;
        }
        e.consume();
    }

    /**
     * The chip's words: the condition as the summary line says it, the property named as the catalog knows it now
     * (an event type's name once a card told it); a row not finished yet shows what it has.
     */
    private static StringBinding text(FilterRowViewModel row, PropertyCatalog catalog) {
        Observable[] inputs = {
            row.conditionProperty(),
            row.propertyProperty(),
            row.operatorProperty(),
            row.valueProperty(),
            catalog.properties()
        };
        return Bindings.createStringBinding(
                () -> {
                    PropertyInfo property = row.propertyProperty().get();
                    if (property == null) {
                        return Texts.get("filter.chip.new");
                    }
                    String name = catalog.resolveKey(property.key()).label();
                    Condition condition = row.conditionProperty().get();
                    if (condition != null) {
                        return FilterSummary.of(condition, name);
                    }
                    String operator = row.operatorProperty().get() == null
                            ? ""
                            : " " + OperatorLabels.label(row.operatorProperty().get());
                    return name + operator + " …";
                },
                inputs);
    }
}
