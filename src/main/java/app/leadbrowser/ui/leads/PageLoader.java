package app.leadbrowser.ui.leads;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.merge.MergedPage;
import app.leadbrowser.ui.common.CachedLoader;
import app.leadbrowser.ui.common.LatestRequest;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lead table's loading, the latest request winning: a single listing's pages through a small cache with the
 * next page prefetched, a combined listing's (several filter groups) merged on this computer by {@link
 * CombinedListing}. Use on the FX thread.
 */
final class PageLoader {
    private static final int CACHED_PAGES = 8;

    /** A page to show; its total is an upper bound when {@code totalIsBound} (a merge not read to its end). */
    record Loaded(LeadPage page, boolean totalIsBound) {}

    private final CachedLoader<LeadQuery, LeadPage> pages;
    private final CombinedListing combinedListing;
    private final LatestRequest combined;

    PageLoader(PageSource source, DashlyClient client, TaskRunner runner, TimeTexts times) {
        this.pages = new CachedLoader<>(runner, source::page, CACHED_PAGES, times::now);
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
                    merged -> onPage.accept(
                            new Loaded(new LeadPage(merged.total(), merged.leads(), query), !merged.totalExact())),
                    onFailure);
            return;
        }
        combinedListing.forget();
        pages.load(query, page -> onPage.accept(new Loaded(page, false)), onFailure);
    }

    /** Works out the page after {@code page} in the background, so that "next" shows at once. */
    void prefetchAfter(LeadPage page, boolean combinedListingShown) {
        if (combinedListingShown) {
            combinedListing.prefetchAfter(page); // its pages stay in the merged source, not in the page cache
        } else if (!page.isLast()) {
            pages.prefetch(page.query().nextPage());
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
    }
}
