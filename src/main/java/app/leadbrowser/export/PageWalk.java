package app.leadbrowser.export;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.deep.DeepCursor;
import app.leadbrowser.client.deep.DeepListing;
import app.leadbrowser.client.deep.OutOfReach;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import java.io.IOException;
import java.util.List;

/**
 * Walks every lead of a filter (OR groups too) through a deep listing (two pages in flight, windows past the 10,000th lead), handing
 * each to a sink as it comes, and tells the progress after each page's worth of leads.
 */
final class PageWalk {
    private final DashlyClient client;
    private final FilterGroups groups;
    private final LeadQuery query;
    private final ExportProgress progress;
    private int exported;
    private int duplicatesDropped;
    private long total = -1;
    private long outOfReach;
    private List<OutOfReach> reasons = List.of();

    /** Takes each lead; may fail writing it. */
    @FunctionalInterface
    interface Sink {
        void accept(LeadSummary lead) throws IOException;
    }

    /** @param query the sort (its filter is {@code groups}) */
    PageWalk(DashlyClient client, FilterGroups groups, LeadQuery query, ExportProgress progress) {
        this.client = client;
        this.groups = groups;
        this.query = query;
        this.progress = progress;
    }

    /** Every lead in list order, each once, to {@code sink}. */
    void run(Sink sink) throws ApiException, IOException {
        try (DeepCursor cursor = DeepListing.of(client, groups, query).stream()) {
            for (LeadSummary lead = cursor.next(); lead != null; lead = cursor.next()) {
                sink.accept(lead);
                exported++;
                if (exported % LeadQuery.MAX_LIMIT == 0) {
                    progress.pageLoaded(exported, cursor.total());
                }
            }
            duplicatesDropped = cursor.duplicatesDropped();
            total = cursor.total();
            outOfReach = cursor.outOfReach();
            reasons = cursor.outOfReachReasons();
            progress.pageLoaded(exported, total);
        }
    }

    int exported() {
        return exported;
    }

    long total() {
        return total;
    }

    int duplicatesDropped() {
        return duplicatesDropped;
    }

    long outOfReach() {
        return outOfReach;
    }

    List<OutOfReach> outOfReachReasons() {
        return reasons;
    }
}
