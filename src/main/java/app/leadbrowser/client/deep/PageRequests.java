package app.leadbrowser.client.deep;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.http.ApiCall;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends list requests on background threads, at most {@link #IN_FLIGHT} at once (the bound the client keeps per
 * workspace), so that the next page is on its way while one is read. {@link #cancel()} aborts every request in
 * flight and refuses later ones until {@link #resume()}; a page no longer wanted is cancelled on its own.
 */
final class PageRequests implements AutoCloseable {
    static final int IN_FLIGHT = 2;

    private final DashlyClient client;
    private final ExecutorService pool;
    private final Set<Pending> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile boolean cancelled;

    PageRequests(DashlyClient client) {
        this.client = client;
        this.pool = Executors.newFixedThreadPool(IN_FLIGHT, runnable -> {
            Thread thread = new Thread(runnable, "deep-listing-page");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts fetching the page {@code query} asks for. */
    Pending submit(LeadQuery query) throws ApiException {
        if (cancelled) {
            throw new CancelledException();
        }
        ApiCall<LeadPage> call = client.listLeads(query);
        sent.incrementAndGet();
        Pending pending = new Pending(query, call, pool.submit(call::execute));
        live.add(pending);
        if (cancelled) {
            pending.cancel();
        }
        return pending;
    }

    /** The page {@code query} asks for, fetched now on the caller's thread. */
    LeadPage fetch(LeadQuery query) throws ApiException {
        return submit(query).await();
    }

    /** How many requests were sent. */
    int sent() {
        return sent.get();
    }

    /** Aborts every request in flight and refuses later ones. Any thread. */
    void cancel() {
        cancelled = true;
        live.forEach(Pending::cancel);
    }

    /** Takes requests again after {@link #cancel()}: what was learnt before it stays with its owner. */
    void resume() {
        cancelled = false;
    }

    @Override
    public void close() {
        live.forEach(Pending::cancel);
        pool.shutdownNow();
    }

    /** A page on its way. */
    final class Pending {
        private final LeadQuery query;
        private final ApiCall<LeadPage> call;
        private final Future<LeadPage> result;

        private Pending(LeadQuery query, ApiCall<LeadPage> call, Future<LeadPage> result) {
            this.query = query;
            this.call = call;
            this.result = result;
        }

        LeadQuery query() {
            return query;
        }

        /** Waits for the page; an interrupt cancels it. */
        LeadPage await() throws ApiException {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (cancelled || call.isCancelled()) {
                    throw new CancelledException();
                }
                Throwable cause = e.getCause();
                if (cause instanceof ApiException api) {
                    throw api;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            } catch (java.util.concurrent.CancellationException e) {
                throw new CancelledException();
            } finally {
                live.remove(this);
            }
        }

        /** Whether the page was cancelled (and will never come): it must be asked again. */
        boolean isCancelled() {
            return call.isCancelled() || result.isCancelled();
        }

        void cancel() {
            call.cancel();
            result.cancel(true);
            live.remove(this);
        }
    }
}
