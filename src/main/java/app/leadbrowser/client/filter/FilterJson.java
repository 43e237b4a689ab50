package app.leadbrowser.client.filter;

import app.leadbrowser.client.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the {@code filters} parameter. Writing always gives the documented object form
 * ({@code {"type": "and", "filters": [...]}}, no {@code cls}, dates with their unit). Reading is lenient, as
 * dashly-api.md asks: the object form, the older bare-array form of segments (meaning AND), a single condition
 * (an AND of one), numbers as strings, a missing unit (days), a value JSON-encoded a second time, and
 * {@code ""} or {@code []} as the value of operators that take none.
 */
public final class FilterJson {
    private FilterJson() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static String write(Filter filter) {
        return toTree(filter).toString();
    }

    public static ObjectNode toTree(Filter filter) {
        ObjectNode root = NODES.objectNode();
        root.put("type", filter.junction().wireName());
        ArrayNode list = root.putArray("filters");
        filter.conditions().forEach(c -> list.add(toTree(c)));
        return root;
    }

    public static ObjectNode toTree(Condition condition) {
        ObjectNode node = NODES.objectNode();
        node.put("property_name", condition.property());
        node.put("type", condition.operator().wireName());
        ObjectNode value = node.putObject("value");
        if (condition instanceof Condition.Number n) {
            value.put("value", n.value());
        } else if (condition instanceof Condition.Range r) {
            value.put("value1", r.from());
            value.put("value2", r.to());
        } else if (condition instanceof Condition.Text t) {
            value.put("value", t.text());
        } else if (condition instanceof Condition.RelativeDate d) {
            value.put("value", d.amount());
            value.put("unit", d.unit().wireName());
        } else if (condition instanceof Condition.ListContains l) {
            value.put("value", l.item());
        }
        return node;
    }

    /** Reads a filters JSON text. */
    public static Filter read(String json) {
        if (json == null || json.isBlank()) {
            throw new FilterFormatException("the filters text is empty");
        }
        try {
            return read(Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new FilterFormatException("not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    /** Reads a filters JSON tree in any of the accepted forms. */
    public static Filter read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new FilterFormatException("the filters value is empty");
        }
        if (node.isTextual()) {
            return read(node.asText());
        }
        if (node.isArray()) {
            return new Filter(Junction.AND, readConditions(node));
        }
        if (!node.isObject()) {
            throw new FilterFormatException("filters must be an object or an array, not " + describe(node));
        }
        if (node.has("filters")) {
            String type = node.path("type").asText("and");
            Junction junction =
                    switch (type) {
                        case "and" -> Junction.AND;
                        case "or" -> Junction.OR;
                        default -> throw new FilterFormatException(
                                "the group type must be \"and\" or \"or\", not \"" + type + "\"");
                    };
            JsonNode list = node.get("filters");
            if (!list.isArray()) {
                throw new FilterFormatException("\"filters\" must be an array of conditions");
            }
            return new Filter(junction, readConditions(list));
        }
        return new Filter(Junction.AND, List.of(readCondition(node, 1)));
    }

    private static List<Condition> readConditions(JsonNode array) {
        List<Condition> conditions = new ArrayList<>();
        int index = 1;
        for (JsonNode item : array) {
            conditions.add(readCondition(item, index++));
        }
        return conditions;
    }

    /** Reads one condition; {@code index} (from 1) names it in error messages. */
    public static Condition readCondition(JsonNode node, int index) {
        String position = "condition " + index;
        if (!node.isObject()) {
            throw new FilterFormatException(position + " must be an object, not " + describe(node));
        }
        if (node.has("filters")) {
            throw new FilterFormatException(
                    position + " is a nested group; the API takes one level of conditions only");
        }
        String property = node.path("property_name").asText("");
        if (property.isBlank()) {
            throw new FilterFormatException(position + " has no \"property_name\"");
        }
        String type = node.path("type").asText("");
        Operator operator = Operator.fromWireName(type)
                .orElseThrow(() -> new FilterFormatException(
                        position + " (" + property + ") has an unknown type \"" + type + "\""));
        String where = position + " (" + property + " " + type + ")";
        JsonNode value = unwrapValue(node.get("value"), where);
        try {
            return switch (operator.shape()) {
                case NONE -> new Condition.Presence(property, operator);
                case BOOLEAN -> new Condition.Flag(property, operator);
                case NUMBER -> new Condition.Number(property, operator, number(value, "value", where));
                case NUMBER_RANGE -> new Condition.Range(
                        property, number(value, "value1", where), number(value, "value2", where));
                case TEXT -> new Condition.Text(property, operator, text(value, where));
                case RELATIVE_DATE -> new Condition.RelativeDate(
                        property, operator, wholeNumber(value, where), unit(value, where));
                case LIST_ITEM -> new Condition.ListContains(property, text(value, where));
            };
        } catch (FilterFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new FilterFormatException(where + ": " + e.getMessage());
        }
    }

    private static JsonNode unwrapValue(JsonNode value, String where) {
        if (value == null || value.isNull()) {
            return NODES.objectNode();
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            if (text.isEmpty()) {
                return NODES.objectNode();
            }
            try {
                return unwrapValue(Json.mapper().readTree(text), where);
            } catch (JsonProcessingException e) {
                throw new FilterFormatException(where + ": the value is not a JSON object");
            }
        }
        if (value.isArray() && value.isEmpty()) {
            return NODES.objectNode();
        }
        if (!value.isObject()) {
            throw new FilterFormatException(where + ": the value must be an object, not " + describe(value));
        }
        return value;
    }

    private static BigDecimal number(JsonNode value, String field, String where) {
        JsonNode n = value.get(field);
        if (n == null || n.isNull()) {
            throw new FilterFormatException(where + ": \"" + field + "\" is missing");
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new FilterFormatException(where + ": \"" + field + "\" must be a number, not " + describe(n));
    }

    private static long wholeNumber(JsonNode value, String where) {
        BigDecimal n = number(value, "value", where);
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new FilterFormatException(where + ": \"value\" must be a whole number, not " + n.toPlainString());
        }
    }

    private static DateUnit unit(JsonNode value, String where) {
        JsonNode unit = value.get("unit");
        if (unit == null || unit.isNull()) {
            return DateUnit.DAYS;
        }
        return DateUnit.fromWireName(unit.asText())
                .orElseThrow(() -> new FilterFormatException(
                        where + ": unknown unit \"" + unit.asText() + "\" (minutes, hours, days or weeks)"));
    }

    private static String text(JsonNode value, String where) {
        JsonNode n = value.get("value");
        if (n == null || n.isNull() || n.isContainerNode()) {
            throw new FilterFormatException(where + ": \"value\" must be a text");
        }
        return n.asText();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the text \"" + node.asText() + "\"";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.toString();
        };
    }
}
