package app.leadbrowser.client.deep;

import app.leadbrowser.client.LeadPage;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.model.LeadSummary;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * One window of a deep listing: the leads of one flat filter that come after an anchor lead, in list order, read by
 * offset up to the 10,000 cap.
 *
 * <p>Each page starts at the place where the last lead taken is expected, so consecutive pages overlap by one lead.
 * Where the list has moved meanwhile (a lead added or touched before that place, a lead that left the filter as the
 * clock ran on) the overlap shows it: the page is searched by the list's order for the first lead after the anchor,
 * and when the page begins after it (leads before it left) the previous place is read again. So a lead that stayed
 * put is never skipped, whatever moved around it. The next pages are always on their way while one is read.
 */
final class WindowReader implements LeadStream {
    /** How a window ended. */
    enum End {
        /** Still reading. */
        NONE,
        /** A short page: every lead of the window was read. */
        COMPLETE,
        /** The 10,000th place was read; {@link #anchor()} is the lead there. */
        CAPPED,
        /** The first page did not reach back to the anchor: the window's bound may have left a gap. */
        GAP
    }

    static final int LIMIT = LeadQuery.MAX_LIMIT;
    static final int LAST_OFFSET = LeadQuery.MAX_WINDOW - LIMIT;
    /**
     * Pages asked for ahead: one more than are in flight, so that a request thread that is done takes the next page
     * at once, and the time the reader's caller spends on each lead (writing it to a file) is off the requests' path.
     */
    static final int QUEUED = PageRequests.IN_FLIGHT + 1;

    private final Listing listing;
    private final Function<Instant, Filter> filterAt;
    private final Deque<PageRequests.Pending> ahead = new ArrayDeque<>();
    private final Deque<LeadSummary> ready = new ArrayDeque<>();
    private boolean checkStart;
    private LeadSummary anchor;
    private End end = End.NONE;
    private long total = -1;
    private int nextOffset;
    private int rereads;

    /**
     * @param filterAt the window's filter for a request sent at a given moment (relative bounds are worked out then)
     * @param anchor the lead the window continues after, or null for the list's start
     * @param checkStart whether the first page must reach back to the anchor (a date bound, which the server's clock
     *     places)
     */
    WindowReader(Listing listing, Function<Instant, Filter> filterAt, LeadSummary anchor, boolean checkStart) {
        this.listing = listing;
        this.filterAt = filterAt;
        this.anchor = anchor;
        this.checkStart = checkStart && anchor != null;
    }

    @Override
    public LeadSummary next() throws ApiException {
        while (ready.isEmpty() && end == End.NONE) {
            step();
        }
        return ready.poll();
    }

    End end() {
        return end;
    }

    /** The last lead taken (at the 10,000th place once {@link End#CAPPED}), or the start anchor. */
    LeadSummary anchor() {
        return anchor;
    }

    /** The window's total as the latest page gave it; -1 before the first. */
    long total() {
        return total;
    }

    /** How often a place was read again because the list had moved. */
    int rereads() {
        return rereads;
    }

    void close() {
        ahead.forEach(PageRequests.Pending::cancel);
        ahead.clear();
    }

    private void step() throws ApiException {
        if (ahead.isEmpty()
                || ahead.peek().query().offset() != nextOffset
                || ahead.peek().isCancelled()) {
            close();
            ahead.add(listing.requests().submit(query(nextOffset)));
        }
        while (total >= 0 && ahead.size() < QUEUED) { // the first page alone: a short list costs one request
            int queued = ahead.peekLast().query().offset();
            int guess = queued + LIMIT - 1;
            if (queued >= LAST_OFFSET || guess >= total) {
                break;
            }
            ahead.add(listing.requests().submit(query(Math.min(guess, LAST_OFFSET))));
        }
        PageRequests.Pending pending = ahead.poll();
        read(pending.await(), pending.query().offset());
    }

    private LeadQuery query(int offset) {
        return listing.query(filterAt.apply(listing.now())).withOffset(offset).withLimit(LIMIT);
    }

    private void read(LeadPage page, int offset) {
        total = page.total();
        List<LeadSummary> leads = page.leads();
        boolean full = leads.size() == LIMIT;
        int from = anchor == null ? 0 : listing.firstAfter(leads, anchor);
        if (checkStart && (leads.isEmpty() || from == 0)) {
            end = End.GAP;
            return;
        }
        checkStart = false;
        if (anchor != null && from == 0 && offset > 0) { // leads before the anchor left: read the place before again
            rereads++;
            nextOffset = Math.max(0, offset - (LIMIT - 1));
            return;
        }
        if (from == leads.size()) { // the whole page comes before the anchor: leads were added before it
            if (!full) {
                end = End.COMPLETE;
            } else if (offset >= LAST_OFFSET) {
                end = End.CAPPED;
            } else {
                rereads++;
                nextOffset = Math.min(offset + LIMIT - 1, LAST_OFFSET);
            }
            return;
        }
        ready.addAll(leads.subList(from, leads.size()));
        anchor = leads.get(leads.size() - 1);
        int anchorAt = offset + leads.size() - 1;
        if (!full) {
            end = End.COMPLETE;
        } else if (anchorAt >= LeadQuery.MAX_WINDOW - 1) {
            end = End.CAPPED;
        } else {
            nextOffset = Math.min(anchorAt, LAST_OFFSET);
        }
    }
}
