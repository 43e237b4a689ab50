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

    /**
     * Why leads of the filter are out of reach, empty when none is: every lead is reached except where
     * {@code reasons} say (known once the listing was read to its end).
     */
    static String cap(long total, long outOfReach, List<OutOfReach> reasons) {
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

    /** E.g. "1–20 of 12,000"; empty without a page. */
    static String range(LeadPage page) {
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
}
