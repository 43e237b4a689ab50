package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.DeepListing;
import app.leadbrowser.client.filter.FilterGroups;

/** Where the table gets the pages of one listing (filter groups and sort): the one place to swap the lister. */
@FunctionalInterface
public interface PageSource {
    /** A listing of {@code groups} in {@code query}'s sort, every page of it (its offset and limit are not used). */
    DeepListing listing(FilterGroups groups, LeadQuery query);
}
