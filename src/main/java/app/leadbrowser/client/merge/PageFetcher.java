package app.leadbrowser.client.merge;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;

/** Fetches one page of the leads list; blocks. */
@FunctionalInterface
public interface PageFetcher {
    LeadPage fetch(LeadQuery query) throws ApiException;
}
