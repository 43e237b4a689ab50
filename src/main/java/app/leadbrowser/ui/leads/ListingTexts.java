package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.ui.common.Texts;

/** The table's range and cap texts ("1–20 of 12,000", why the pages past 10,000 are not offered). */
final class ListingTexts {
    private ListingTexts() {}

    /** E.g. "1–20 of 12,000", or "1–20 of about 1,204" when the total is an upper bound; empty without a page. */
    static String range(LeadPage page, boolean totalIsBound) {
        return totalIsBound ? boundRange(page) : exactRange(page);
    }

    /** Why the last pages are not offered, when {@code total} passes the window; empty otherwise. */
    static String cap(long total, boolean totalIsBound) {
        if (total <= LeadQuery.MAX_WINDOW) {
            return "";
        }
        return totalIsBound
                ? Texts.get("groups.cap", LeadQuery.MAX_WINDOW, total) + " " + capReason()
                : Texts.get("leads.cap", Texts.number(LeadQuery.MAX_WINDOW), Texts.number(total), capReason());
    }

    /** Why no page past the window is offered, and what to do instead. */
    static String capReason() {
        return Texts.get("leads.capReason", Texts.number(LeadQuery.MAX_WINDOW));
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
