package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.filter.FilterFormatException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.FilterGroupsJson;
import app.leadbrowser.settings.ColumnState;
import app.leadbrowser.settings.ViewState;
import java.util.List;

/** A listing and its columns as the settings keep them ({@link ViewState}), and back. */
final class ViewStates {
    private ViewStates() {}

    /** A kept view read back: its groups and the query of its first page. */
    record Listing(FilterGroups groups, LeadQuery query) {}

    static ViewState of(FilterGroups groups, LeadQuery query, List<ColumnState> columns) {
        return new ViewState(
                groups.isEmpty() ? null : FilterGroupsJson.write(groups),
                query.sortProp(),
                query.sortOrder().wireName(),
                query.limit(),
                columns);
    }

    /** The listing {@code state} keeps; anything unreadable falls back to the default. */
    static Listing listingOf(ViewState state) {
        FilterGroups saved = FilterGroups.all();
        if (state.filterJson() != null) {
            try {
                saved = FilterGroupsJson.read(state.filterJson());
            } catch (FilterFormatException e) {
                saved = FilterGroups.all();
            }
        }
        int size =
                LeadTableViewModel.PAGE_SIZES.contains(state.pageSize()) ? state.pageSize() : LeadQuery.DEFAULT_LIMIT;
        SortOrder order = SortOrder.fromWireName(state.sortOrder()).orElse(SortOrder.DESC);
        return new Listing(saved, new LeadQuery(saved.first(), state.sortProp(), order, 0, size, true));
    }
}
