package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ApiCall;

/** Where the table gets a page of one listing (filter, sort, offset, limit): the one place to swap the lister. */
@FunctionalInterface
public interface PageSource {
    /** The request for {@code query}'s page; throws when it cannot be sent (e.g. it breaks a rule of the API). */
    ApiCall<LeadPage> page(LeadQuery query) throws ApiException;
}
