package app.leadbrowser.ui.leads;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.DeepListing;
import app.leadbrowser.client.deep.DeepPage;
import app.leadbrowser.client.deep.OutOfReach;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.merge.MergedPage;
import app.leadbrowser.ui.common.CachedLoader;
import app.leadbrowser.ui.common.LatestRequest;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The lead table's loading, the latest request winning: a single listing's pages, past the API's 10,000-lead
 * window, from a {@link DeepListing} kept per listing (filter and sort; the page size does not matter to it)
 * through a small cache with the next page prefetched; a combined listing's (several filter groups) merged on this
 * computer by {@link CombinedListing}. Use on the FX thread.
 */
final class PageLoader {
    private static final int CACHED_PAGES = 8;

    /**
     * A page to show; its total is an upper bound when {@code totalIsBound} (a merge not read to its end).
     *
     * @param last whether the page ends the listing
     * @param outOfReach leads no request could reach (known once the listing was read to its end)
     * @param reasons why they were out of reach
     */
    record Loaded(LeadPage page, boolean totalIsBound, boolean last, long outOfReach, List<OutOfReach> reasons) {
        Loaded {
            reasons = List.copyOf(reasons);
        }
    }

    private final PageSource source;
    private final TaskRunner runner;
    private final CachedLoader<LeadQuery, Loaded> pages;
    private final CombinedListing combinedListing;
    private final LatestRequest combined;
    private DeepListing deep;
    /** The listing {@link #deep} lists: {@code query} at offset 0 with the default page size. */
    private LeadQuery deepListed;

    PageLoader(PageSource source, DashlyClient client, TaskRunner runner, TimeTexts times) {
        this.source = source;
        this.runner = runner;
        this.pages = CachedLoader.ofJobs(runner, this::job, CACHED_PAGES, times::now);
        this.combinedListing = new CombinedListing(client, runner);
        this.combined = new LatestRequest(runner);
    }

    /** Whether {@code query}'s page of {@code groups} would be shown at once (a single listing's cached page). */
    boolean isCached(FilterGroups groups, LeadQuery query) {
        return !groups.isCombined() && pages.isCached(query);
    }

    /**
     * Loads {@code query}'s page of {@code groups} in place of any load before: at once from the cache, from the
     * prefetch of that page when it is on its way, else from the server.
     */
    void load(FilterGroups groups, LeadQuery query, Consumer<Loaded> onPage, Consumer<Throwable> onFailure) {
        pages.cancel();
        combined.cancel();
        if (groups.isCombined()) {
            pages.cancelPrefetch();
            LatestRequest.Start<MergedPage> merge = (ok, ko) -> combinedListing.load(groups, query, ok, ko);
            combined.run(
                    merge,
                    merged -> onPage.accept(new Loaded(
                            new LeadPage(merged.total(), merged.leads(), query),
                            !merged.totalExact(),
                            merged.isLast(),
                            0,
                            List.of())),
                    onFailure);
            return;
        }
        combinedListing.forget();
        pages.load(query, onPage, onFailure);
    }

    /** Stops the load running (a deep jump, say): neither of its callbacks runs. */
    void cancel() {
        pages.cancel();
        combined.cancel();
    }

    /** Works out the page after {@code loaded}'s in the background, so that "next" shows at once. */
    void prefetchAfter(Loaded loaded, boolean combinedListingShown) {
        if (combinedListingShown) {
            combinedListing.prefetchAfter(loaded.page()); // its pages stay in the merged source, not in the cache
        } else if (!loaded.last()) {
            pages.prefetch(loaded.page().query().nextPage());
        } else {
            pages.cancelPrefetch();
        }
    }

    /** When {@code query}'s page came from the server, if it is cached. */
    Optional<Instant> fetchedAt(LeadQuery query) {
        return pages.fetchedAt(query);
    }

    /** Drops every page read: the next load asks the server again. */
    void forgetAll() {
        pages.clear();
        combinedListing.forget();
        replaceDeep(null);
    }

    /** The work for {@code query}'s page: from the deep listing of its filter and sort, made when either changed. */
    private CachedLoader.Job<Loaded> job(LeadQuery query) {
        LeadQuery listed = query.withOffset(0).withLimit(LeadQuery.DEFAULT_LIMIT);
        if (!listed.equals(deepListed)) {
            replaceDeep(listed);
        }
        return new DeepPageJob(deep, query);
    }

    /** Closes the deep listing (off the FX thread: it waits for a page being worked out) and opens the next. */
    private void replaceDeep(LeadQuery listed) {
        DeepListing old = deep;
        if (old != null) {
            old.cancel();
            runner.run(
                    () -> {
                        old.close();
                        return null;
                    },
                    closed -> {},
                    failure -> {});
        }
        deepListed = listed;
        deep = listed == null ? null : source.listing(listed);
    }

    /**
     * One page of a deep listing. Cancelling it cancels the listing's work only while the page is being worked out:
     * a cancelled listing forgets its windows, which a page already worked out has no reason to cost.
     */
    private static final class DeepPageJob implements CachedLoader.Job<Loaded> {
        private final DeepListing listing;
        private final LeadQuery query;
        private final AtomicBoolean running = new AtomicBoolean();

        DeepPageJob(DeepListing listing, LeadQuery query) {
            this.listing = listing;
            this.query = query;
        }

        @Override
        public Loaded call() throws ApiException {
            running.set(true);
            try {
                DeepPage page = listing.page(query.offset(), query.limit());
                return new Loaded(
                        new LeadPage(page.total(), page.leads(), query),
                        false,
                        page.isLast(),
                        page.outOfReach(),
                        page.reasons());
            } finally {
                running.set(false);
            }
        }

        @Override
        public void cancel() {
            if (running.get()) {
                listing.cancel();
            }
        }
    }
}
