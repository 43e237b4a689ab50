package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rows of a page, and finding a lead's row among them. */
final class PageRows {
    private PageRows() {}

    /**
     * The rows of {@code page}: of a single listing's page right after {@code before}, the leads {@code before}
     * showed already are left out (the server may repeat them when leads move up); a merge never repeats a lead.
     */
    static List<LeadRowViewModel> of(LeadPage page, LeadPage before, boolean merged, TimeTexts times) {
        Set<String> shownBefore = !merged && isNextPage(before, page.query()) ? idsOf(before) : Set.of();
        List<LeadRowViewModel> fresh = new ArrayList<>(page.leads().size());
        for (LeadSummary lead : page.leads()) {
            if (!shownBefore.contains(lead.id())) {
                fresh.add(new LeadRowViewModel(lead, times));
            }
        }
        return fresh;
    }

    /** {@code lead}'s row among {@code rows}, or null. */
    static LeadRowViewModel rowOf(LeadSummary lead, List<LeadRowViewModel> rows) {
        int index = indexOf(lead, rows);
        return index < 0 ? null : rows.get(index);
    }

    /** The index of {@code lead}'s row among {@code rows}, or -1. */
    static int indexOf(LeadSummary lead, List<LeadRowViewModel> rows) {
        if (lead != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).summary().id().equals(lead.id())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** True when {@code query} asks for the page right after {@code shown}, in the same listing. */
    private static boolean isNextPage(LeadPage shown, LeadQuery query) {
        if (shown == null) {
            return false;
        }
        LeadQuery before = shown.query();
        return before.filter().equals(query.filter())
                && before.sortProp().equals(query.sortProp())
                && before.sortOrder() == query.sortOrder()
                && before.limit() == query.limit()
                && before.offset() + before.limit() == query.offset();
    }

    private static Set<String> idsOf(LeadPage page) {
        Set<String> ids = new HashSet<>();
        page.leads().forEach(lead -> ids.add(lead.id()));
        return ids;
    }
}
