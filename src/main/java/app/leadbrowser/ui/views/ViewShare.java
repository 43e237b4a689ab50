package app.leadbrowser.ui.views;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterGroupsJson;
import app.leadbrowser.settings.ColumnState;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved view as a JSON file to hand to a colleague: {@code {"lead_browser_view": 1, "name", "filters", "sort_prop",
 * "sort_order", "page_size", "columns"}}, the filters as the API's filters object. Reading checks every field and
 * says in words what is wrong with a file that is not such a view.
 */
final class ViewShare {
    static final String MARKER = "lead_browser_view";
    static final int VERSION = 1;

    private ViewShare() {}

    /** What a file held: the view's name and state. */
    record Shared(String name, ViewState view) {}

    static String write(SavedView saved) {
        ViewState view = saved.view();
        ObjectNode root = Json.mapper().createObjectNode();
        root.put(MARKER, VERSION);
        root.put("name", saved.name());
        root.set("filters", filtersNode(view.filterJson()));
        root.put("sort_prop", view.sortProp());
        root.put("sort_order", view.sortOrder());
        root.put("page_size", view.pageSize());
        ArrayNode columns = root.putArray("columns");
        for (ColumnState column : view.columns()) {
            columns.addObject()
                    .put("property", column.property())
                    .put("width", column.width())
                    .put("visible", column.visible());
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always writes
        }
    }

    /** Reads a shared view; a file that is not one gives a {@link ViewImportException} saying why. */
    static Shared read(String text) throws ViewImportException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new ViewImportException(Texts.get("views.import.notJson"));
        }
        if (root == null || !root.isObject() || !root.has(MARKER)) {
            throw new ViewImportException(Texts.get("views.import.notView"));
        }
        if (root.path(MARKER).asInt(0) != VERSION) {
            throw new ViewImportException(
                    Texts.get("views.import.version", root.path(MARKER).asText()));
        }
        String name = root.path("name").asText("").strip();
        if (name.isEmpty()) {
            throw new ViewImportException(Texts.get("views.import.noName"));
        }
        String filterJson = filterJsonOf(root.path("filters"));
        String sortProp = root.path("sort_prop").asText("").strip();
        if (sortProp.isEmpty()) {
            throw new ViewImportException(Texts.get("views.import.noSort"));
        }
        String sortOrder = root.path("sort_order").asText("");
        if (SortOrder.fromWireName(sortOrder).isEmpty()) {
            throw new ViewImportException(Texts.get("views.import.badOrder", sortOrder));
        }
        JsonNode size = root.path("page_size");
        if (!size.canConvertToInt() || !LeadTableViewModel.PAGE_SIZES.contains(size.asInt())) {
            throw new ViewImportException(Texts.get("views.import.badPageSize", size.asText()));
        }
        return new Shared(name, new ViewState(filterJson, sortProp, sortOrder, size.asInt(), columnsOf(root)));
    }

    private static JsonNode filtersNode(String filterJson) {
        if (filterJson == null) {
            return Json.mapper().nullNode();
        }
        try {
            return Json.mapper().readTree(filterJson);
        } catch (JsonProcessingException e) {
            return Json.mapper().getNodeFactory().textNode(filterJson); // kept as it was stored
        }
    }

    /** The filters as the table keeps them (a JSON string), checked by the same reader the filter uses. */
    private static String filterJsonOf(JsonNode filters) throws ViewImportException {
        if (filters.isMissingNode() || filters.isNull()) {
            return null;
        }
        String json = filters.isTextual() ? filters.asText() : filters.toString();
        try {
            FilterGroupsJson.read(json);
        } catch (FilterFormatException e) {
            throw new ViewImportException(Texts.get("views.import.badFilter", e.getMessage()));
        }
        return json;
    }

    private static List<ColumnState> columnsOf(JsonNode root) throws ViewImportException {
        JsonNode columns = root.path("columns");
        if (columns.isMissingNode() || columns.isNull()) {
            return List.of();
        }
        if (!columns.isArray()) {
            throw new ViewImportException(Texts.get("views.import.badColumns"));
        }
        List<ColumnState> read = new ArrayList<>();
        for (JsonNode column : columns) {
            String property = column.path("property").asText("").strip();
            double width = column.path("width").asDouble(0); // 0: the column fits its content
            if (property.isEmpty() || width < 0) {
                throw new ViewImportException(Texts.get("views.import.badColumns"));
            }
            read.add(new ColumnState(property, width, column.path("visible").asBoolean(true)));
        }
        return read;
    }
}
