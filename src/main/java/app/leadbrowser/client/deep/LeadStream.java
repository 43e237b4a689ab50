package app.leadbrowser.client.deep;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.model.LeadSummary;

/** Leads one at a time, in list order; blocks while a page is fetched. */
interface LeadStream {
    /** The next lead, or null at the end. */
    LeadSummary next() throws ApiException;

    /**
     * Whether the stream ended where no request reaches further while leads of it come later in the list's order
     * (a text sort past the cap): a merge must end there too, or it would list later leads of other streams in
     * places that leads out of reach belong before.
     */
    default boolean cut() {
        return false;
    }
}
