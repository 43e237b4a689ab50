package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;
import java.util.List;

/** The kind of value a property holds; it decides which operators the builder offers for it. */
public enum PropertyType {
    TEXT(
            "filter.type.text",
            List.of(
                    Operator.STR_EQ,
                    Operator.STR_NEQ,
                    Operator.STR_CONTAINS,
                    Operator.STR_NOTCONTAINS,
                    Operator.KNOWN,
                    Operator.UNKNOWN)),
    NUMBER(
            "filter.type.number",
            List.of(
                    Operator.EQ,
                    Operator.NEQ,
                    Operator.GT,
                    Operator.GT_OR_UNKNOWN,
                    Operator.LT,
                    Operator.LT_OR_UNKNOWN,
                    Operator.RANGE,
                    Operator.KNOWN,
                    Operator.UNKNOWN)),
    DATE(
            "filter.type.date",
            List.of(
                    Operator.DAYSLESS,
                    Operator.DAYSMORE,
                    Operator.DAYSLESS_OR_UNKNOWN,
                    Operator.DAYSMORE_OR_UNKNOWN,
                    Operator.KNOWN,
                    Operator.UNKNOWN)),
    BOOLEAN("filter.type.boolean", List.of(Operator.BOOL_TRUE, Operator.BOOL_FALSE, Operator.KNOWN, Operator.UNKNOWN)),
    LIST("filter.type.list", List.of(Operator.LCONTAINS, Operator.KNOWN, Operator.UNKNOWN)),
    /** A property the user typed and nothing is known about: every operator is offered. */
    ANY(
            "filter.type.any",
            List.of(
                    Operator.STR_EQ,
                    Operator.STR_NEQ,
                    Operator.STR_CONTAINS,
                    Operator.STR_NOTCONTAINS,
                    Operator.EQ,
                    Operator.NEQ,
                    Operator.GT,
                    Operator.GT_OR_UNKNOWN,
                    Operator.LT,
                    Operator.LT_OR_UNKNOWN,
                    Operator.RANGE,
                    Operator.DAYSLESS,
                    Operator.DAYSMORE,
                    Operator.DAYSLESS_OR_UNKNOWN,
                    Operator.DAYSMORE_OR_UNKNOWN,
                    Operator.BOOL_TRUE,
                    Operator.BOOL_FALSE,
                    Operator.LCONTAINS,
                    Operator.KNOWN,
                    Operator.UNKNOWN));

    private final String nameKey;
    private final List<Operator> operators;

    PropertyType(String nameKey, List<Operator> operators) {
        this.nameKey = nameKey;
        this.operators = operators;
    }

    /** The type as a person reads it ("number", "date", ...). */
    public String displayName() {
        return Texts.get(nameKey);
    }

    /** The operators offered for this type, most useful first. */
    public List<Operator> operators() {
        return operators;
    }

    public boolean offers(Operator operator) {
        return operators.contains(operator);
    }

    /** The type whose operators take the value shape of {@code operator}; ANY for known/unknown. */
    public static PropertyType forOperator(Operator operator) {
        return switch (operator.shape()) {
            case NONE -> ANY;
            case BOOLEAN -> BOOLEAN;
            case NUMBER, NUMBER_RANGE -> NUMBER;
            case TEXT -> TEXT;
            case RELATIVE_DATE -> DATE;
            case LIST_ITEM -> LIST;
        };
    }
}
