package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.Operator;

/** Which value editor a condition row shows; it follows the operator's value shape. */
public enum ValueEditor {
    /** known/unknown and the boolean operators take no value. */
    NONE,
    TEXT,
    NUMBER,
    /** Two numbers, both included. */
    RANGE,
    /** A whole count and a unit: "N days ago". */
    RELATIVE_DATE,
    LIST_ITEM;

    public static ValueEditor forOperator(Operator operator) {
        return switch (operator.shape()) {
            case NONE, BOOLEAN -> NONE;
            case TEXT -> TEXT;
            case NUMBER -> NUMBER;
            case NUMBER_RANGE -> RANGE;
            case RELATIVE_DATE -> RELATIVE_DATE;
            case LIST_ITEM -> LIST_ITEM;
        };
    }
}
