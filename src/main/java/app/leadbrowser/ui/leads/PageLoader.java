package app.leadbrowser.ui.leads;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.DeepListing;
import app.leadbrowser.client.deep.DeepPage;
import app.leadbrowser.client.deep.OutOfReach;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.ui.common.CachedLoader;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lead table's loading, the latest request winning: the pages of a listing (filter groups and sort; the page
 * size does not matter to it), past the API's 10,000-lead window, from a {@link DeepListing} kept per listing, through
 * a small cache with the next page prefetched. Several filter groups are merged by the deep listing itself. Use on
 * the FX thread.
 */
final class PageLoader {
    private static final int CACHED_PAGES = 8;

    /**
     * A page to show.
     *
     * @param last whether the page ends the listing
     * @param outOfReach leads no request could reach (known once the listing was read to its end)
     * @param reasons why they were out of reach
     */
    record Loaded(LeadPage page, boolean last, long outOfReach, List<OutOfReach> reasons) {
        Loaded {
            reasons = List.copyOf(reasons);
        }
    }

    /** A page of a listing: the groups, and the query's sort, offset and limit (its filter is the first group). */
    private record Key(FilterGroups groups, LeadQuery query) {
        /** The listing this page belongs to, whatever the page. */
        Key listing() {
            return new Key(groups, query.withOffset(0).withLimit(LeadQuery.DEFAULT_LIMIT));
        }
    }

    private final PageSource source;
    private final TaskRunner runner;
    private final CachedLoader<Key, Loaded> pages;
    private DeepListing deep;
    /** The listing {@link #deep} lists. */
    private Key deepListed;

    PageLoader(PageSource source, TaskRunner runner, TimeTexts times) {
        this.source = source;
        this.runner = runner;
        this.pages = CachedLoader.ofJobs(runner, this::job, CACHED_PAGES, times::now);
    }

    /** Whether {@code query}'s page of {@code groups} would be shown at once (a cached page). */
    boolean isCached(FilterGroups groups, LeadQuery query) {
        return pages.isCached(new Key(groups, query));
    }

    /**
     * Loads {@code query}'s page of {@code groups} in place of any load before: at once from the cache, from the
     * prefetch of that page when it is on its way, else from the server.
     */
    void load(FilterGroups groups, LeadQuery query, Consumer<Loaded> onPage, Consumer<Throwable> onFailure) {
        pages.load(new Key(groups, query), onPage, onFailure);
    }

    /** Stops the load running (a deep jump, say): neither of its callbacks runs. */
    void cancel() {
        pages.cancel();
    }

    /** Works out the page after {@code loaded}'s of {@code groups} in the background, so that "next" shows at once. */
    void prefetchAfter(FilterGroups groups, Loaded loaded) {
        if (!loaded.last()) {
            pages.prefetch(new Key(groups, loaded.page().query().nextPage()));
        } else {
            pages.cancelPrefetch();
        }
    }

    /** When {@code query}'s page of {@code groups} came from the server, if it is cached. */
    Optional<Instant> fetchedAt(FilterGroups groups, LeadQuery query) {
        return pages.fetchedAt(new Key(groups, query));
    }

    /** Drops every page read: the next load asks the server again. */
    void forgetAll() {
        pages.clear();
        replaceDeep(null);
    }

    /** The work for {@code key}'s page: from the deep listing of its groups and sort, made when either changed. */
    private CachedLoader.Job<Loaded> job(Key key) {
        if (!key.listing().equals(deepListed)) {
            replaceDeep(key.listing());
        }
        DeepListing.PageCall call =
                deep.pageCall(key.query().offset(), key.query().limit());
        return new CachedLoader.Job<>() {
            @Override
            public Loaded call() throws ApiException {
                DeepPage page = call.call();
                return new Loaded(
                        new LeadPage(page.total(), page.leads(), key.query()),
                        page.isLast(),
                        page.outOfReach(),
                        page.reasons());
            }

            @Override
            public void cancel() {
                call.cancel(); // this page only: what the listing learnt before stays for the next one
            }
        };
    }

    /** Closes the deep listing (off the FX thread: it waits for a page being worked out) and opens the next. */
    private void replaceDeep(Key listed) {
        DeepListing old = deep;
        if (old != null) {
            runner.run(
                    () -> {
                        old.close();
                        return null;
                    },
                    closed -> {},
                    failure -> {});
        }
        deepListed = listed;
        deep = listed == null ? null : source.listing(listed.groups(), listed.query());
    }
}
