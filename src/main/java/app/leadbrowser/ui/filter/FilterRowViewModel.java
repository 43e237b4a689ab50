package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One condition row of the builder: property, operator, the value as typed, and what is wrong with it. The row
 * builds its {@link Condition} with the filter model's constructors, so the model's rules are the row's rules;
 * a row with any error has no condition and blocks Apply. Its errors are known at once but shown (the
 * {@code shown*} properties) only once their field was left or Apply pressed: nobody is scolded before typing.
 */
public final class FilterRowViewModel {
    private final ObjectProperty<PropertyInfo> property = new SimpleObjectProperty<>();
    private final ObservableList<Operator> operators = FXCollections.observableArrayList();
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty valueTo = new SimpleStringProperty("");
    private final ObjectProperty<DateUnit> unit = new SimpleObjectProperty<>(DateUnit.DAYS);

    private final ReadOnlyObjectWrapper<ValueEditor> editor = new ReadOnlyObjectWrapper<>(ValueEditor.NONE);
    private final ReadOnlyStringWrapper propertyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valueError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valueToError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Condition> condition = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper shownPropertyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownValueError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownValueToError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownError = new ReadOnlyStringWrapper("");
    /** The fields whose errors are shown: those left once, or all after an Apply. */
    private final Set<Field> revealed = EnumSet.noneOf(Field.class);

    /** An empty row: it asks for a property first. */
    public FilterRowViewModel() {
        property.addListener((obs, old, now) -> offerOperatorsFor(now));
        operator.addListener((obs, old, now) -> revalidate());
        value.addListener((obs, old, now) -> revalidate());
        valueTo.addListener((obs, old, now) -> revalidate());
        unit.addListener((obs, old, now) -> revalidate());
        revalidate();
    }

    /** A row showing {@code condition}; its property is looked up in {@code catalog} by API name. */
    public static FilterRowViewModel of(PropertyCatalog catalog, Condition condition) {
        FilterRowViewModel row = new FilterRowViewModel();
        PropertyInfo info = catalog.resolveKey(condition.property());
        if (!info.type().offers(condition.operator())) {
            info = info.withType(PropertyType.forOperator(condition.operator()));
        }
        row.property.set(info);
        row.operator.set(condition.operator());
        if (condition instanceof Condition.Number n) {
            row.value.set(n.value().toPlainString());
        } else if (condition instanceof Condition.Range r) {
            row.value.set(r.from().toPlainString());
            row.valueTo.set(r.to().toPlainString());
        } else if (condition instanceof Condition.Text t) {
            row.value.set(t.text());
        } else if (condition instanceof Condition.RelativeDate d) {
            row.value.set(Long.toString(d.amount()));
            row.unit.set(d.unit());
        } else if (condition instanceof Condition.ListContains l) {
            row.value.set(l.item());
        }
        return row;
    }

    /** One row per condition of {@code filter}, in order. */
    static List<FilterRowViewModel> rowsOf(PropertyCatalog catalog, Filter filter) {
        return filter.conditions().stream()
                .map(condition -> of(catalog, condition))
                .toList();
    }

    /**
     * Fills the "N days ago" count from an absolute date: the API has only relative date operators, so a picked
     * date becomes the number of days between it and {@code today} (a future date gives a negative count, which
     * is flagged).
     */
    public void setDaysAgo(LocalDate date, LocalDate today) {
        unit.set(DateUnit.DAYS);
        value.set(Long.toString(ChronoUnit.DAYS.between(date, today)));
    }

    public ObjectProperty<PropertyInfo> propertyProperty() {
        return property;
    }

    /** The operators the chosen property's type offers. */
    public ObservableList<Operator> operators() {
        return operators;
    }

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    /** The value as typed: text, number, list item, the range's lower bound or the date count. */
    public StringProperty valueProperty() {
        return value;
    }

    /** The range's upper bound as typed. */
    public StringProperty valueToProperty() {
        return valueTo;
    }

    public ObjectProperty<DateUnit> unitProperty() {
        return unit;
    }

    public ReadOnlyObjectProperty<ValueEditor> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    /** What is wrong with the property choice; empty when nothing. */
    public ReadOnlyStringProperty propertyErrorProperty() {
        return propertyError.getReadOnlyProperty();
    }

    /** What is wrong with the value field; empty when nothing. */
    public ReadOnlyStringProperty valueErrorProperty() {
        return valueError.getReadOnlyProperty();
    }

    /** What is wrong with the range's upper bound (including "from above to"); empty when nothing. */
    public ReadOnlyStringProperty valueToErrorProperty() {
        return valueToError.getReadOnlyProperty();
    }

    /** The row's first problem as one message; empty when the row is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The condition this row describes, or empty while it has an error. */
    public Optional<Condition> condition() {
        return Optional.ofNullable(condition.get());
    }

    /** The condition this row describes; null while it has an error. */
    public ReadOnlyObjectProperty<Condition> conditionProperty() {
        return condition.getReadOnlyProperty();
    }

    /** The property field was left: its error, if any, shows from now on. */
    public void propertyLeft() {
        reveal(Field.PROPERTY);
    }

    /** The value field was left: its error, if any, shows from now on. */
    public void valueLeft() {
        reveal(Field.VALUE);
    }

    /** The range's upper bound field was left: its error, if any, shows from now on. */
    public void valueToLeft() {
        reveal(Field.TO);
    }

    /** Apply was pressed: every error of the row shows from now on. */
    public void revealErrors() {
        reveal(Field.values());
    }

    /** {@link #propertyErrorProperty()} once the field was left or Apply pressed; empty before. */
    public ReadOnlyStringProperty shownPropertyErrorProperty() {
        return shownPropertyError.getReadOnlyProperty();
    }

    /** {@link #valueErrorProperty()} once the field was left or Apply pressed; empty before. */
    public ReadOnlyStringProperty shownValueErrorProperty() {
        return shownValueError.getReadOnlyProperty();
    }

    /** {@link #valueToErrorProperty()} once the field was left or Apply pressed; empty before. */
    public ReadOnlyStringProperty shownValueToErrorProperty() {
        return shownValueToError.getReadOnlyProperty();
    }

    /** The row's first shown error; empty while none shows. What marks the row's chip. */
    public ReadOnlyStringProperty shownErrorProperty() {
        return shownError.getReadOnlyProperty();
    }

    /** True for a row nothing was chosen or typed in: dropped when its editor closes. */
    public boolean isBlank() {
        return property.get() == null && value.get().isBlank() && valueTo.get().isBlank();
    }

    private void reveal(Field... fields) {
        revealed.addAll(List.of(fields));
        showRevealed();
    }

    private void showRevealed() {
        shownPropertyError.set(revealed.contains(Field.PROPERTY) ? propertyError.get() : "");
        shownValueError.set(revealed.contains(Field.VALUE) ? valueError.get() : "");
        shownValueToError.set(revealed.contains(Field.TO) ? valueToError.get() : "");
        shownError.set(Stream.of(shownPropertyError, shownValueError, shownValueToError)
                .map(ReadOnlyStringWrapper::get)
                .filter(text -> !text.isEmpty())
                .findFirst()
                .orElse(""));
    }

    private void offerOperatorsFor(PropertyInfo info) {
        Operator wanted = operator.get();
        List<Operator> offered = info == null ? List.of() : info.type().operators();
        operators.setAll(offered);
        operator.set(wanted != null && offered.contains(wanted) ? wanted : offered.isEmpty() ? null : offered.get(0));
        revalidate();
    }

    private void revalidate() {
        Operator op = operator.get();
        editor.set(op == null ? ValueEditor.NONE : ValueEditor.forOperator(op));
        Map<Field, String> errors = new EnumMap<>(Field.class);
        Condition built = null;
        try {
            built = build(op, errors);
        } catch (FieldProblem problem) {
            errors.put(problem.field, problem.getMessage());
        } catch (IllegalArgumentException modelRule) {
            // the model's own rules (negative count, range bounds) are flagged at the last value field
            errors.put(op == Operator.RANGE ? Field.TO : Field.VALUE, modelRule.getMessage());
        }
        condition.set(built);
        propertyError.set(errors.getOrDefault(Field.PROPERTY, ""));
        valueError.set(errors.getOrDefault(Field.VALUE, ""));
        valueToError.set(errors.getOrDefault(Field.TO, ""));
        error.set(errors.values().stream().findFirst().orElse(""));
        valid.set(built != null);
        showRevealed();
    }

    /** The row's condition, or null with the problems put in {@code errors} (or thrown, for a single one). */
    private Condition build(Operator op, Map<Field, String> errors) {
        PropertyInfo info = property.get();
        if (info == null || info.key().isBlank()) {
            throw new FieldProblem(Field.PROPERTY, Texts.get("filter.error.noProperty"));
        }
        if (op == null) {
            throw new FieldProblem(Field.PROPERTY, Texts.get("filter.error.noOperator"));
        }
        String key = info.key();
        return switch (ValueEditor.forOperator(op)) {
            case NONE -> op.shape() == Operator.ValueShape.NONE
                    ? new Condition.Presence(key, op)
                    : new Condition.Flag(key, op);
            case TEXT -> new Condition.Text(key, op, required(value, Texts.get("filter.error.noText")));
            case LIST_ITEM -> new Condition.ListContains(key, required(value, Texts.get("filter.error.noListItem")));
            case NUMBER -> new Condition.Number(key, op, number(Field.VALUE));
            case RANGE -> range(key, errors);
            case RELATIVE_DATE -> new Condition.RelativeDate(key, op, count(), unit.get());
        };
    }

    /** Both bounds are checked, so two bad fields show at once. */
    private Condition range(String key, Map<Field, String> errors) {
        BigDecimal from = numberOrNull(Field.VALUE, errors);
        BigDecimal to = numberOrNull(Field.TO, errors);
        if (from != null && to != null && from.compareTo(to) > 0) {
            errors.put(Field.TO, Texts.get("filter.error.rangeOrder", from.toPlainString(), to.toPlainString()));
            return null;
        }
        return from == null || to == null ? null : new Condition.Range(key, from, to);
    }

    private BigDecimal numberOrNull(Field field, Map<Field, String> errors) {
        try {
            return number(field);
        } catch (FieldProblem problem) {
            errors.put(field, problem.getMessage());
            return null;
        }
    }

    private static String required(StringProperty field, String message) {
        String text = field.get();
        if (text == null || text.isBlank()) {
            throw new FieldProblem(Field.VALUE, message);
        }
        return text;
    }

    private BigDecimal number(Field field) {
        String text = (field == Field.TO ? valueTo : value).get();
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new FieldProblem(field, Texts.get("filter.error.noNumber"));
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new FieldProblem(field, Texts.get("filter.error.notANumber", trimmed));
        }
    }

    private long count() {
        String trimmed = value.get() == null ? "" : value.get().trim();
        if (trimmed.isEmpty()) {
            throw new FieldProblem(Field.VALUE, Texts.get("filter.error.noCount", OperatorLabels.label(unit.get())));
        }
        long amount;
        try {
            amount = Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new FieldProblem(Field.VALUE, Texts.get("filter.error.notAWholeNumber", trimmed));
        }
        if (amount < 0) {
            throw new FieldProblem(
                    Field.VALUE,
                    Texts.get("filter.error.negative", operator.get().wireName()));
        }
        return amount;
    }

    /** The row's fields that can carry an error. */
    private enum Field {
        PROPERTY,
        VALUE,
        TO
    }

    /** A problem the row found in one of its fields before the model saw it. */
    private static final class FieldProblem extends RuntimeException {
        private final Field field;

        FieldProblem(Field field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
