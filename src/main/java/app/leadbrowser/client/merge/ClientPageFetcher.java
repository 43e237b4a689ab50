package app.leadbrowser.client.merge;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.http.ApiCall;

/**
 * Fetches pages through a {@link DashlyClient} until {@link #cancel()}: then the request in flight is aborted and
 * every later fetch fails with {@link CancelledException}. One per piece of work, so cancelling it stops only
 * that work.
 */
public final class ClientPageFetcher implements PageFetcher {
    private final DashlyClient client;
    private volatile boolean cancelled;
    private volatile ApiCall<LeadPage> current;

    public ClientPageFetcher(DashlyClient client) {
        this.client = client;
    }

    @Override
    public LeadPage fetch(LeadQuery query) throws ApiException {
        if (cancelled) {
            throw new CancelledException();
        }
        ApiCall<LeadPage> call = client.listLeads(query);
        current = call;
        if (cancelled) { // cancelled while the call was being made: cancel() may have missed it
            call.cancel();
        }
        return call.execute();
    }

    /** Aborts the request in flight and refuses any later one. Any thread. */
    public void cancel() {
        cancelled = true;
        ApiCall<LeadPage> call = current;
        if (call != null) {
            call.cancel();
        }
    }
}
