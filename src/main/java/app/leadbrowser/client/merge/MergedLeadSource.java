package app.leadbrowser.client.merge;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterGroups;
import app.leadbrowser.client.model.LeadSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The leads matching any of several filter groups, in the order the server would list them: the API takes one
 * flat group per request, so each group is listed on its own and the answers are merged here (a k-way merge by
 * {@link LeadOrder}, dropping ids met before).
 *
 * <p>Groups are read lazily in pages of {@value #GROUP_PAGE}, only as far as the pages asked for need, and what
 * was read is kept: paging back and forth costs no further request. The leads at merged positions {@code 0..k}
 * come from the first {@code k + 1} leads of each group at most, so within the API's 10,000-lead window (which
 * is where pages may be asked for) the merge is exact.
 *
 * <p>Thread-safe: one page is worked out at a time. Each call brings its own {@link PageFetcher}, so cancelling
 * one caller's fetcher stops that caller's work only; what was read before stays.
 */
public final class MergedLeadSource {
    /** Each group is read in pages of this many leads: the most one request returns. */
    public static final int GROUP_PAGE = LeadQuery.MAX_LIMIT;

    private final FilterGroups groups;
    private final String sortProp;
    private final SortOrder sortOrder;
    private final Comparator<LeadSummary> order;
    private final List<GroupReader> readers = new ArrayList<>();
    private final List<LeadSummary> merged = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int duplicates;
    private int requests;

    public MergedLeadSource(FilterGroups groups, String sortProp, SortOrder sortOrder) {
        this.groups = groups;
        this.sortProp = sortProp == null || sortProp.isBlank() ? LeadQuery.DEFAULT_SORT_PROP : sortProp;
        this.sortOrder = sortOrder;
        this.order = LeadOrder.of(this.sortProp, sortOrder);
        groups.groups().forEach(group -> readers.add(new GroupReader(group)));
    }

    /** True when this source lists {@code otherGroups} in the given order, so its pages can be reused. */
    public boolean lists(FilterGroups otherGroups, String otherSortProp, SortOrder otherOrder) {
        return groups.equals(otherGroups) && sortProp.equals(otherSortProp) && sortOrder == otherOrder;
    }

    /**
     * The merged leads at {@code offset} (at most {@code limit}), reading more of each group through
     * {@code fetcher} as needed. A failed or cancelled fetch throws; the pages read so far are kept.
     *
     * @throws IllegalArgumentException when the page is outside the 10,000-lead window
     */
    public synchronized MergedPage page(int offset, int limit, PageFetcher fetcher) throws ApiException {
        if (offset < 0 || limit < 1 || (long) offset + limit > LeadQuery.MAX_WINDOW) {
            throw new IllegalArgumentException("the page " + offset + "+" + limit + " is outside the window of "
                    + LeadQuery.MAX_WINDOW + " leads");
        }
        int wanted = offset + limit;
        while (merged.size() < wanted && advance(fetcher)) {
            // each step takes one lead off the group whose next lead comes first
        }
        List<LeadSummary> leads = merged.subList(Math.min(offset, merged.size()), Math.min(wanted, merged.size()));
        boolean exact = readers.stream().allMatch(GroupReader::isFinished);
        return new MergedPage(offset, limit, leads, exact ? merged.size() : bound(), exact, requests);
    }

    /** The groups' totals added, less the duplicates dropped so far: no more leads than this can match. */
    private long bound() {
        long sum = 0;
        for (GroupReader reader : readers) {
            sum += reader.total;
        }
        return Math.max(sum - duplicates, merged.size());
    }

    /** Takes the first lead of all groups' next leads into the merge; false when every group is used up. */
    private boolean advance(PageFetcher fetcher) throws ApiException {
        GroupReader first = null;
        for (GroupReader reader : readers) {
            if (reader.hasNext(fetcher) && (first == null || order.compare(reader.next(), first.next()) < 0)) {
                first = reader;
            }
        }
        if (first == null) {
            return false;
        }
        LeadSummary lead = first.take();
        if (seen.add(lead.id())) {
            merged.add(lead);
        } else {
            duplicates++;
        }
        return true;
    }

    /** One group's leads as read so far, and where the merge has got to in them. */
    private final class GroupReader {
        private final Filter filter;
        private final List<LeadSummary> read = new ArrayList<>();
        private int taken;
        private long total;
        private boolean ended;
        private boolean cutByWindow;

        GroupReader(Filter filter) {
            this.filter = filter;
        }

        /** Whether the group has a lead not yet taken, reading its next page when needed. */
        boolean hasNext(PageFetcher fetcher) throws ApiException {
            if (taken == read.size() && !ended) {
                LeadQuery query = new LeadQuery(filter, sortProp, sortOrder, read.size(), GROUP_PAGE, true);
                LeadPage page = fetcher.fetch(query);
                requests++;
                total = page.total();
                read.addAll(page.leads());
                ended = page.isLast();
                cutByWindow = ended && page.leads().size() == GROUP_PAGE;
            }
            return taken < read.size();
        }

        LeadSummary next() {
            return read.get(taken);
        }

        LeadSummary take() {
            return read.get(taken++);
        }

        /** Read to its real end (not cut by the window) and every lead taken. */
        boolean isFinished() {
            return ended && !cutByWindow && taken == read.size();
        }
    }
}
