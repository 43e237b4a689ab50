package app.leadbrowser.client.deep;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.model.LeadSummary;

/** Leads one at a time, in list order; blocks while a page is fetched. */
interface LeadStream {
    /** The next lead, or null at the end. */
    LeadSummary next() throws ApiException;
}
