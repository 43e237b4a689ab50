package app.leadbrowser.client;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.model.LeadSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks every page of a query (limit 50) as far as the API lets it (the 10,000 window), dropping leads already
 * seen: offset paging repeats a lead when one is added at the top between two calls. Not thread-safe.
 */
public final class LeadPager {
    private final DashlyClient client;
    private final Set<String> seen = new HashSet<>();
    private LeadQuery next;
    private long total = -1;
    private int duplicatesDropped;
    private volatile ApiCall<LeadPage> current;
    private volatile boolean cancelled;

    LeadPager(DashlyClient client, LeadQuery query) {
        this.client = client;
        this.next = query.withOffset(0).withLimit(LeadQuery.MAX_LIMIT);
    }

    /** The next leads not seen before; empty once the list (or the window) is done. */
    public List<LeadSummary> nextBatch() throws ApiException {
        if (next == null) {
            return List.of();
        }
        ApiCall<LeadPage> call = client.listLeads(next);
        current = call;
        if (cancelled) {
            call.cancel();
        }
        LeadPage page = call.execute();
        total = page.total();
        List<LeadSummary> fresh = new ArrayList<>(page.leads().size());
        for (LeadSummary lead : page.leads()) {
            if (seen.add(lead.id())) {
                fresh.add(lead);
            } else {
                duplicatesDropped++;
            }
        }
        next = page.isLast() ? null : page.query().nextPage();
        return fresh;
    }

    public boolean hasMore() {
        return next != null;
    }

    /** The total the last page reported (-1 before the first page). */
    public long total() {
        return total;
    }

    public int duplicatesDropped() {
        return duplicatesDropped;
    }

    public int leadsReturned() {
        return seen.size();
    }

    /** True when the list holds more leads than the 10,000 window lets anyone read. */
    public boolean stoppedAtWindow() {
        return next == null && total > LeadQuery.MAX_WINDOW;
    }

    /** Stops the walk; the batch in flight ends with a CancelledException. Any thread. */
    public void cancel() {
        cancelled = true;
        ApiCall<LeadPage> call = current;
        if (call != null) {
            call.cancel();
        }
    }
}
