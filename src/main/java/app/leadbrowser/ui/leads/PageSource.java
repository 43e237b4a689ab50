package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.DeepListing;

/** Where the table gets the pages of one listing (filter and sort): the one place to swap the lister. */
@FunctionalInterface
public interface PageSource {
    /** A listing of {@code query}'s filter in its sort, every page of it (its offset and limit are not used). */
    DeepListing listing(LeadQuery query);
}
