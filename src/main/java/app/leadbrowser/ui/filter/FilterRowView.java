package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One condition row: property picker and row buttons, operator, the value editor the operator takes, and the
 * row's error. Fields with an error get the {@code filter-invalid} style class and the message as tooltip.
 */
final class FilterRowView {
    private static final String INVALID = "filter-invalid";

    private final FilterRowViewModel row;
    private final FilterPanelViewModel panel;
    private final VBox root = new VBox(4);

    FilterRowView(FilterRowViewModel row, FilterPanelViewModel panel) {
        this.row = row;
        this.panel = panel;
        root.getStyleClass().add("filter-row");

        PropertyPicker property = new PropertyPicker(panel.catalog(), row.propertyProperty());
        flag(property.field(), row.propertyErrorProperty());
        HBox header = new HBox(
                2,
                property.getRoot(),
                tool("↑", "filter-up", Texts.get("filter.row.up"), () -> panel.moveUp(row)),
                tool("↓", "filter-down", Texts.get("filter.row.down"), () -> panel.moveDown(row)),
                tool("❐", "filter-duplicate", Texts.get("filter.row.duplicate"), () -> panel.duplicate(row)),
                tool("✕", "filter-remove", Texts.get("filter.row.remove"), () -> panel.remove(row)));

        ComboBox<Operator> operator = new ComboBox<>(row.operators());
        operator.getStyleClass().add("filter-operator");
        operator.setAccessibleText(Texts.get("filter.row.operator"));
        operator.setMaxWidth(Double.MAX_VALUE);
        operator.setConverter(converter(o -> o == null ? "" : OperatorLabels.label(o)));
        operator.setButtonCell(operatorCell());
        operator.setCellFactory(list -> operatorCell());
        operator.valueProperty().bindBidirectional(row.operatorProperty());
        operator.disableProperty().bind(row.propertyProperty().isNull());

        root.getChildren().addAll(header, operator, valueEditors(), errorLabel());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    Node getRoot() {
        return root;
    }

    private Node valueEditors() {
        TextField value = new TextField();
        value.getStyleClass().add("filter-value");
        value.setAccessibleText(Texts.get("filter.row.value"));
        value.textProperty().bindBidirectional(row.valueProperty());
        value.promptTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> prompt(row.editorProperty().get()), row.editorProperty()));
        value.setPrefColumnCount(8);
        HBox.setHgrow(value, Priority.ALWAYS);
        flag(value, row.valueErrorProperty());
        value.setOnAction(e -> panel.apply());

        Label and = new Label(Texts.get("filter.row.and"));
        TextField valueTo = new TextField();
        valueTo.getStyleClass().add("filter-value-to");
        valueTo.setAccessibleText(Texts.get("filter.row.upperBound"));
        valueTo.setPromptText(Texts.get("filter.row.to"));
        valueTo.setPrefColumnCount(6);
        valueTo.textProperty().bindBidirectional(row.valueToProperty());
        flag(valueTo, row.valueToErrorProperty());
        valueTo.setOnAction(e -> panel.apply());
        showWhen(is(ValueEditor.RANGE), and, valueTo);

        ComboBox<DateUnit> unit = new ComboBox<>();
        unit.getItems().setAll(DateUnit.values());
        unit.getStyleClass().add("filter-unit");
        unit.setAccessibleText(Texts.get("filter.row.unit"));
        unit.setConverter(converter(u -> u == null ? "" : OperatorLabels.label(u)));
        unit.valueProperty().bindBidirectional(row.unitProperty());
        Label ago = new Label(Texts.get("filter.row.ago"));
        DatePicker date = new DatePicker();
        date.getStyleClass().add("filter-date");
        date.setPromptText(Texts.get("filter.row.date"));
        date.setPrefWidth(120);
        date.setTooltip(new Tooltip(Texts.get("filter.row.date.tooltip")));
        date.setOnAction(e -> {
            if (date.getValue() != null) {
                row.setDaysAgo(date.getValue(), LocalDate.now());
                date.setValue(null);
            }
        });
        showWhen(is(ValueEditor.RELATIVE_DATE), unit, ago, date);

        FlowPane editors = new FlowPane(4, 4, value, and, valueTo, unit, ago, date);
        editors.getStyleClass().add("filter-value-line");
        showWhen(is(ValueEditor.NONE).not(), editors);
        return editors;
    }

    private Label errorLabel() {
        Label error = new Label();
        error.getStyleClass().add("filter-error");
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        showWhen(row.errorProperty().isNotEmpty(), error);
        return error;
    }

    /** Alt+Up/Down move the row; the panel gives the focus back after the move. */
    private void onKey(KeyEvent e) {
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            if (e.getCode() == KeyCode.UP) {
                panel.moveUp(row);
            } else {
                panel.moveDown(row);
            }
            e.consume();
        }
    }

    private Button tool(String glyph, String styleClass, String help, Runnable action) {
        Button button = new Button(glyph);
        button.getStyleClass().addAll("filter-tool", styleClass);
        button.setTooltip(new Tooltip(help));
        button.setAccessibleText(help);
        button.setOnAction(e -> action.run());
        return button;
    }

    private BooleanBinding is(ValueEditor editor) {
        return row.editorProperty().isEqualTo(editor);
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    /** Marks {@code control} while {@code error} is not empty: red border, the message as tooltip. */
    private static void flag(Control control, ObservableStringValue error) {
        Tooltip[] usual = {control.getTooltip()};
        Runnable update = () -> {
            String message = error.get();
            boolean invalid = message != null && !message.isEmpty();
            boolean wasInvalid = control.getStyleClass().remove(INVALID);
            if (invalid) {
                if (!wasInvalid) {
                    usual[0] = control.getTooltip();
                }
                control.getStyleClass().add(INVALID);
                control.setTooltip(new Tooltip(message));
            } else if (wasInvalid) {
                control.setTooltip(usual[0]);
            }
            control.setAccessibleHelp(invalid ? message : null);
        };
        error.addListener((obs, old, now) -> update.run());
        update.run();
    }

    private static String prompt(ValueEditor editor) {
        return switch (editor) {
            case TEXT -> Texts.get("filter.prompt.text");
            case NUMBER -> Texts.get("filter.prompt.number");
            case RANGE -> Texts.get("filter.prompt.from");
            case RELATIVE_DATE -> Texts.get("filter.prompt.howMany");
            case LIST_ITEM -> Texts.get("filter.prompt.listItem");
            case NONE -> "";
        };
    }

    private static ListCell<Operator> operatorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Operator item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : OperatorLabels.label(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T object) {
                return toText.apply(object);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
