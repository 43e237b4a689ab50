package app.leadbrowser.settings;

import java.util.List;

/**
 * What a workspace's window showed, kept across restarts and workspace switches: the last applied filter (as
 * filters JSON, null for none), the sort, the page size and the columns in their order.
 */
public record ViewState(String filterJson, String sortProp, String sortOrder, int pageSize, List<ColumnState> columns) {

    public ViewState {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public static ViewState defaults() {
        return new ViewState(null, "$last_seen", "desc", 20, List.of());
    }
}
