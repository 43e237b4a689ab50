package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.ui.common.Texts;

/** The readable names of the operators and date units, as the builder shows them. */
public final class OperatorLabels {
    private OperatorLabels() {}

    public static String label(Operator operator) {
        return switch (operator) {
            case KNOWN -> Texts.get("filter.op.known");
            case UNKNOWN -> Texts.get("filter.op.unknown");
            case EQ -> Texts.get("filter.op.eq");
            case NEQ -> Texts.get("filter.op.neq");
            case GT -> Texts.get("filter.op.gt");
            case GT_OR_UNKNOWN -> Texts.get("filter.op.gtOrUnknown");
            case LT -> Texts.get("filter.op.lt");
            case LT_OR_UNKNOWN -> Texts.get("filter.op.ltOrUnknown");
            case RANGE -> Texts.get("filter.op.range");
            case STR_EQ -> Texts.get("filter.op.strEq");
            case STR_NEQ -> Texts.get("filter.op.strNeq");
            case STR_CONTAINS -> Texts.get("filter.op.strContains");
            case STR_NOTCONTAINS -> Texts.get("filter.op.strNotContains");
            case BOOL_TRUE -> Texts.get("filter.op.boolTrue");
            case BOOL_FALSE -> Texts.get("filter.op.boolFalse");
            case DAYSLESS -> Texts.get("filter.op.daysLess");
            case DAYSMORE -> Texts.get("filter.op.daysMore");
            case DAYSLESS_OR_UNKNOWN -> Texts.get("filter.op.daysLessOrUnknown");
            case DAYSMORE_OR_UNKNOWN -> Texts.get("filter.op.daysMoreOrUnknown");
            case LCONTAINS -> Texts.get("filter.op.listContains");
        };
    }

    public static String label(DateUnit unit) {
        return switch (unit) {
            case MINUTES -> Texts.get("filter.unit.minutes");
            case HOURS -> Texts.get("filter.unit.hours");
            case DAYS -> Texts.get("filter.unit.days");
            case WEEKS -> Texts.get("filter.unit.weeks");
        };
    }
}
