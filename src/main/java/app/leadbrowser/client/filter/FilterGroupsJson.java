package app.leadbrowser.client.filter;

import app.leadbrowser.client.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@link FilterGroups}. One group is written exactly as {@link FilterJson} writes a filter, so
 * settings and texts made before groups existed read unchanged; several are written as a small wrapper,
 * {@code {"any_of": [filters, filters, ...]}}, each element one request's {@code filters} object. Reading takes
 * the wrapper or anything {@link FilterJson#read} takes.
 */
public final class FilterGroupsJson {
    /** The wrapper's only field: the groups, any of which a lead may match. */
    public static final String ANY_OF = "any_of";

    private FilterGroupsJson() {}

    public static String write(FilterGroups groups) {
        if (!groups.isCombined()) {
            return FilterJson.write(groups.first());
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray(ANY_OF);
        groups.groups().forEach(group -> list.add(FilterJson.toTree(group)));
        return root.toString();
    }

    /** Reads a filters text or an {@code any_of} wrapper. */
    public static FilterGroups read(String json) {
        if (json == null || json.isBlank()) {
            throw new FilterFormatException("the filters text is empty");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return FilterGroups.of(FilterJson.read(json)); // reports the syntax error as filters do
        }
        if (node == null || !node.isObject() || !node.has(ANY_OF)) {
            return FilterGroups.of(FilterJson.read(node));
        }
        JsonNode list = node.get(ANY_OF);
        if (!list.isArray() || list.isEmpty()) {
            throw new FilterFormatException("\"" + ANY_OF + "\" must be a non-empty array of filters");
        }
        if (list.size() > FilterGroups.MAX_GROUPS) {
            throw new FilterFormatException(
                    "at most " + FilterGroups.MAX_GROUPS + " groups can be combined, not " + list.size());
        }
        List<Filter> groups = new ArrayList<>();
        for (JsonNode group : list) {
            String where = "group " + (groups.size() + 1);
            try {
                groups.add(FilterJson.read(group));
            } catch (FilterFormatException e) {
                throw new FilterFormatException(where + ": " + e.getMessage());
            }
        }
        try {
            return new FilterGroups(groups);
        } catch (IllegalArgumentException e) {
            throw new FilterFormatException(e.getMessage());
        }
    }
}
