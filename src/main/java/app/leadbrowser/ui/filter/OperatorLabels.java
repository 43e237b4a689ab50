package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;

/** The readable names of the operators and date units, as the builder shows them. */
public final class OperatorLabels {
    private OperatorLabels() {}

    public static String label(Operator operator) {
        return switch (operator) {
            case KNOWN -> "is known";
            case UNKNOWN -> "is unknown";
            case EQ -> "equals";
            case NEQ -> "does not equal";
            case GT -> "more than";
            case GT_OR_UNKNOWN -> "more than, or unknown";
            case LT -> "less than";
            case LT_OR_UNKNOWN -> "less than, or unknown";
            case RANGE -> "between";
            case STR_EQ -> "is";
            case STR_NEQ -> "is not";
            case STR_CONTAINS -> "contains";
            case STR_NOTCONTAINS -> "does not contain";
            case BOOL_TRUE -> "is true";
            case BOOL_FALSE -> "is false";
            case DAYSLESS -> "less than … ago";
            case DAYSMORE -> "more than … ago";
            case DAYSLESS_OR_UNKNOWN -> "less than … ago, or unknown";
            case DAYSMORE_OR_UNKNOWN -> "more than … ago, or unknown";
            case LCONTAINS -> "list contains";
        };
    }

    public static String label(DateUnit unit) {
        return unit.wireName();
    }
}
