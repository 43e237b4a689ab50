package app.leadbrowser.ui.leads;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.merge.ClientPageFetcher;
import app.leadbrowser.client.merge.MergedLeadSource;
import app.leadbrowser.client.merge.MergedPage;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import java.util.function.Consumer;

/**
 * The lead table's loading of a combined listing (several filter groups): pages are worked out by a
 * {@link MergedLeadSource} in the background. The source keeps the groups' pages it read, so it is reused while
 * the groups and sort stay; the page after the one shown is worked out ahead. Use on the FX thread.
 */
final class CombinedListing {
    private final DashlyClient client;
    private final TaskRunner runner;
    private MergedLeadSource source;
    private RunningTask prefetch;

    CombinedListing(DashlyClient client, TaskRunner runner) {
        this.client = client;
        this.runner = runner;
    }

    /**
     * Works out the page {@code query} asks for (its offset and limit) of {@code groups} in {@code query}'s sort.
     * A prefetch of the same listing is left to finish: the page waits for it, then finds its leads read already.
     */
    RunningTask load(FilterGroups groups, LeadQuery query, Consumer<MergedPage> onPage, Consumer<Throwable> onFailure) {
        if (source == null || !source.lists(groups, query.sortProp(), query.sortOrder())) {
            forget();
            source = new MergedLeadSource(groups, query.sortProp(), query.sortOrder());
        }
        return run(query, onPage, onFailure);
    }

    /** Works out the page after {@code page} in the background, so that "next" shows at once. */
    void prefetchAfter(LeadPage page) {
        if (source != null && !page.isLast()) {
            prefetch = run(page.query().nextPage(), merged -> {}, failure -> {});
        }
    }

    /** Drops the pages read and stops a prefetch: the next load asks the server again. */
    void forget() {
        if (prefetch != null) {
            prefetch.cancel();
            prefetch = null;
        }
        source = null;
    }

    private RunningTask run(LeadQuery query, Consumer<MergedPage> onPage, Consumer<Throwable> onFailure) {
        MergedLeadSource from = source;
        ClientPageFetcher fetcher = new ClientPageFetcher(client);
        RunningTask task = runner.run(() -> from.page(query.offset(), query.limit(), fetcher), onPage, onFailure);
        return () -> {
            fetcher.cancel();
            task.cancel();
        };
    }
}
