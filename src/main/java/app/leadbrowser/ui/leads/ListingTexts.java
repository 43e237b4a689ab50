package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.OutOfReach;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import java.util.List;
import java.util.stream.Collectors;

/** The table's range and cap texts ("1–20 of 48,000", why leads of the filter are out of reach, if any). */
final class ListingTexts {
    private static final int SHOWN_VALUE = 60;

    private ListingTexts() {}

    /** E.g. "1–20 of 12,000", or "1–20 of about 1,204" when the total is an upper bound; empty without a page. */
    static String range(LeadPage page, boolean totalIsBound) {
        return totalIsBound ? boundRange(page) : exactRange(page);
    }

    /**
     * Why leads of the filter are out of reach, empty when none is: a combined listing stops at the window; a single
     * one reaches every lead except where {@code reasons} say (known once the listing was read to its end).
     */
    static String cap(long total, boolean totalIsBound, long outOfReach, List<OutOfReach> reasons) {
        String window = Texts.number(LeadQuery.MAX_WINDOW);
        if (totalIsBound) {
            return total <= LeadQuery.MAX_WINDOW
                    ? ""
                    : Texts.get("groups.cap", LeadQuery.MAX_WINDOW, total) + " "
                            + Texts.get("leads.capCombined", window);
        }
        if (outOfReach <= 0 || reasons.isEmpty()) {
            return "";
        }
        String why = reasons.stream().map(ListingTexts::reason).distinct().collect(Collectors.joining(" "));
        return Texts.get("leads.outOfReach", Texts.number(outOfReach), Texts.number(total), why);
    }

    private static String reason(OutOfReach reason) {
        String window = Texts.number(LeadQuery.MAX_WINDOW);
        String property = PropertyLabels.label(reason.sortProp());
        return switch (reason.reason()) {
            case TEXT_SORT -> Texts.get("leads.outOfReach.textSort", property, window);
            case TIES -> Texts.get("leads.outOfReach.ties", window, property, shortened(reason.value()));
            case MISSING_VALUES -> Texts.get("leads.outOfReach.missing", window, property);
        };
    }

    /** A value from the server, cut to a length a banner can show. */
    private static String shortened(String value) {
        return value.length() <= SHOWN_VALUE ? value : value.substring(0, SHOWN_VALUE - 1) + "…";
    }

    private static String exactRange(LeadPage page) {
        if (page == null) {
            return "";
        }
        if (page.leads().isEmpty()) {
            return page.total() == 0
                    ? Texts.get("leads.range.none")
                    : Texts.get("leads.range.emptyPage", Texts.number(page.total()));
        }
        int from = page.query().offset() + 1;
        int to = page.query().offset() + page.leads().size();
        return Texts.get("leads.range", Texts.number(from), Texts.number(to), Texts.number(page.total()));
    }

    private static String boundRange(LeadPage page) {
        if (page == null) {
            return "";
        }
        if (page.leads().isEmpty()) {
            return Texts.get("groups.range.empty", page.total());
        }
        int from = page.query().offset() + 1;
        return Texts.get(
                "groups.range", from, page.query().offset() + page.leads().size(), page.total());
    }
}
