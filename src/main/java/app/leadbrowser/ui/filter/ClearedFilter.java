package app.leadbrowser.ui.filter;

import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.filter.Junction;
import java.util.List;

/**
 * What "Clear all" removed, so that Ctrl+Z can bring it back: the rows of each group (edits not applied yet
 * included), the junction, the quick search text and what was applied with the builder's state then.
 */
record ClearedFilter(
        List<List<FilterRowViewModel>> groups,
        Junction junction,
        String quickSearch,
        FilterGroups appliedRows,
        AppliedBuilder appliedBuilder) {}
