package app.leadbrowser.client.filter;

import java.util.Arrays;
import java.util.Optional;

/** Every condition type of the Dashly filters format, with its wire name and the shape of its value. */
public enum Operator {
    KNOWN("known", ValueShape.NONE),
    UNKNOWN("unknown", ValueShape.NONE),
    EQ("eq", ValueShape.NUMBER),
    NEQ("neq", ValueShape.NUMBER),
    GT("gt", ValueShape.NUMBER),
    GT_OR_UNKNOWN("gt_or_unknown", ValueShape.NUMBER),
    LT("lt", ValueShape.NUMBER),
    LT_OR_UNKNOWN("lt_or_unknown", ValueShape.NUMBER),
    RANGE("range", ValueShape.NUMBER_RANGE),
    STR_EQ("str_eq", ValueShape.TEXT),
    STR_NEQ("str_neq", ValueShape.TEXT),
    STR_CONTAINS("str_contains", ValueShape.TEXT),
    STR_NOTCONTAINS("str_notcontains", ValueShape.TEXT),
    BOOL_TRUE("bool_true", ValueShape.BOOLEAN),
    BOOL_FALSE("bool_false", ValueShape.BOOLEAN),
    DAYSLESS("daysless", ValueShape.RELATIVE_DATE),
    DAYSMORE("daysmore", ValueShape.RELATIVE_DATE),
    DAYSLESS_OR_UNKNOWN("daysless_or_unknown", ValueShape.RELATIVE_DATE),
    DAYSMORE_OR_UNKNOWN("daysmore_or_unknown", ValueShape.RELATIVE_DATE),
    LCONTAINS("lcontains", ValueShape.LIST_ITEM);

    /** What a condition with this operator carries as its value. */
    public enum ValueShape {
        /** {@code {}}: known/unknown. */
        NONE,
        /** {@code {}}: bool_true/bool_false. */
        BOOLEAN,
        /** {@code {"value": N}}. */
        NUMBER,
        /** {@code {"value1": A, "value2": B}}, bounds included. */
        NUMBER_RANGE,
        /** {@code {"value": "text"}}, compared case-insensitively. */
        TEXT,
        /** {@code {"value": N, "unit": "days"}}. */
        RELATIVE_DATE,
        /** {@code {"value": "item"}}. */
        LIST_ITEM
    }

    private final String wireName;
    private final ValueShape shape;

    Operator(String wireName, ValueShape shape) {
        this.wireName = wireName;
        this.shape = shape;
    }

    public String wireName() {
        return wireName;
    }

    public ValueShape shape() {
        return shape;
    }

    /** True for the {@code *_or_unknown} operators, which also match leads without the property. */
    public boolean alsoMatchesUnknown() {
        return wireName.endsWith("_or_unknown");
    }

    public static Optional<Operator> fromWireName(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }
}
