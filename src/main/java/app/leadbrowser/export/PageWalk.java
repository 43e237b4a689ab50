package app.leadbrowser.export;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.model.LeadSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Walks the pages of a query (limit 50, up to the 10,000 window) with the next page always on its way while the
 * current one is read: at most {@link #PAGES_IN_FLIGHT} requests at once, the same bound the client keeps per
 * workspace. Dashly publishes no rate limit; two requests in flight is the conservative load we chose for the
 * whole client (see the API notes), and 429s are still retried with back-off by the client. Pages are consumed in
 * list order, leads seen before are dropped, and a short page ends the walk (the one fetched past it is
 * cancelled), exactly as the one-page-at-a-time walk did.
 */
final class PageWalk {
    static final int PAGES_IN_FLIGHT = 2;

    private final DashlyClient client;
    private final LeadQuery first;
    private final ExportProgress progress;
    private final Set<String> seen = new HashSet<>();
    private long total = -1;
    private int duplicatesDropped;

    PageWalk(DashlyClient client, LeadQuery query, ExportProgress progress) {
        this.client = client;
        this.first = query.withOffset(0).withLimit(LeadQuery.MAX_LIMIT);
        this.progress = progress;
    }

    /** The leads of every page in list order, each lead once. */
    List<LeadSummary> run() throws ApiException {
        ExecutorService pool = Executors.newFixedThreadPool(PAGES_IN_FLIGHT, runnable -> {
            Thread thread = new Thread(runnable, "export-page");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Pending> ahead = new ArrayDeque<>();
        List<LeadSummary> leads = new ArrayList<>();
        try {
            LeadQuery toSend = first;
            while (true) {
                // the first page alone: a failing or one-page list costs one request, as before
                while (ahead.size() < (total < 0 ? 1 : PAGES_IN_FLIGHT) && toSend != null) {
                    ApiCall<LeadPage> call = client.listLeads(toSend);
                    ahead.add(new Pending(call, pool.submit(call::execute)));
                    toSend = toSend.offset() + toSend.limit() < LeadQuery.MAX_WINDOW ? toSend.nextPage() : null;
                }
                if (ahead.isEmpty()) {
                    return leads;
                }
                LeadPage page = ahead.poll().await();
                total = page.total();
                for (LeadSummary lead : page.leads()) {
                    if (seen.add(lead.id())) {
                        leads.add(lead);
                    } else {
                        duplicatesDropped++;
                    }
                }
                progress.pageLoaded(leads.size(), Math.min(total, LeadQuery.MAX_WINDOW));
                if (page.isLast()) {
                    return leads;
                }
            }
        } finally {
            ahead.forEach(Pending::cancel);
            pool.shutdownNow();
        }
    }

    long total() {
        return total;
    }

    int duplicatesDropped() {
        return duplicatesDropped;
    }

    /** True when the list holds more leads than the 10,000 window lets anyone read. */
    boolean stoppedAtWindow() {
        return total > LeadQuery.MAX_WINDOW;
    }

    private record Pending(ApiCall<LeadPage> call, Future<LeadPage> result) {
        LeadPage await() throws ApiException {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new CancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ApiException api) {
                    throw api;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }

        void cancel() {
            call.cancel();
            result.cancel(true);
        }
    }
}
