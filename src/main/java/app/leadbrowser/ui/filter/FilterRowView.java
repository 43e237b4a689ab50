package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The editor of one condition, shown in its chip's popover: property picker, operator, the value editor the
 * operator takes, and the row's error, so that Tab walks property → operator → value. A field's error shows once
 * it was left (or Apply pressed): the field gets the {@code filter-invalid} style class and the message as tooltip.
 */
final class FilterRowView {
    private static final String INVALID = "filter-invalid";

    private final FilterRowViewModel row;
    private final VBox root = new VBox(4);

    FilterRowView(FilterRowViewModel row, PropertyCatalog catalog) {
        this.row = row;
        root.getStyleClass().add("filter-editor-fields");

        PropertyPicker property = new PropertyPicker(catalog, row.propertyProperty());
        flag(property.field(), row.shownPropertyErrorProperty());
        whenLeft(property.field(), row::propertyLeft);

        ComboBox<Operator> operator = new ComboBox<>(row.operators());
        operator.getStyleClass().add("filter-operator");
        operator.setAccessibleText(Texts.get("filter.row.operator"));
        operator.setMaxWidth(Double.MAX_VALUE);
        operator.setConverter(converter(o -> o == null ? "" : OperatorLabels.label(o)));
        operator.setButtonCell(operatorCell());
        operator.setCellFactory(list -> operatorCell());
        operator.valueProperty().bindBidirectional(row.operatorProperty());
        operator.disableProperty().bind(row.propertyProperty().isNull());

        root.getChildren().addAll(property.getRoot(), operator, valueEditors(), errorLabel());
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
        flag(value, row.shownValueErrorProperty());
        whenLeft(value, row::valueLeft);

        Label and = new Label(Texts.get("filter.row.and"));
        TextField valueTo = new TextField();
        valueTo.getStyleClass().add("filter-value-to");
        valueTo.setAccessibleText(Texts.get("filter.row.upperBound"));
        valueTo.setPromptText(Texts.get("filter.row.to"));
        valueTo.setPrefColumnCount(6);
        valueTo.textProperty().bindBidirectional(row.valueToProperty());
        flag(valueTo, row.shownValueToErrorProperty());
        whenLeft(valueTo, row::valueToLeft);
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
        date.setPrefWidth(150);
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
        error.textProperty().bind(row.shownErrorProperty());
        showWhen(row.shownErrorProperty().isNotEmpty(), error);
        return error;
    }

    private static void whenLeft(Node field, Runnable left) {
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                left.run();
            }
        });
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
