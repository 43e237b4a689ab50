package app.leadbrowser.client.deep;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.model.LeadSummary;
import java.util.Comparator;
import java.util.List;

/**
 * Several listings in one, in the list's order ({@link app.leadbrowser.client.merge.LeadOrder}, the OR-group
 * merging's order): each step takes the lead that comes first among the listings' next ones. A lead several
 * listings hold comes once from each; the cursor drops the repeats. Where one listing is {@linkplain #cut() cut}
 * the merge ends: what it gave is then the whole listing's first leads, each in its place.
 */
final class MergedStreams implements LeadStream {
    private final List<LeadStream> streams;
    private final Comparator<LeadSummary> order;
    private final LeadSummary[] heads;
    private final boolean[] ended;
    private boolean cut;

    MergedStreams(List<LeadStream> streams, Comparator<LeadSummary> order) {
        this.streams = List.copyOf(streams);
        this.order = order;
        this.heads = new LeadSummary[streams.size()];
        this.ended = new boolean[streams.size()];
    }

    @Override
    public LeadSummary next() throws ApiException {
        int first = -1;
        for (int i = 0; i < heads.length && !cut; i++) {
            if (heads[i] == null && !ended[i]) {
                heads[i] = streams.get(i).next();
                ended[i] = heads[i] == null;
                cut = ended[i] && streams.get(i).cut();
            }
            if (heads[i] != null && (first < 0 || order.compare(heads[i], heads[first]) < 0)) {
                first = i;
            }
        }
        if (first < 0 || cut) {
            return null;
        }
        LeadSummary lead = heads[first];
        heads[first] = null;
        return lead;
    }

    @Override
    public boolean cut() {
        return cut;
    }
}
