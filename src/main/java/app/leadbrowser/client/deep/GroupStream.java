package app.leadbrowser.client.deep;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Junction;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The deep listing of one flat filter: its windows one after another. The first is the filter as it is; when it
 * fills its 10,000 places the next continues from the value of the sort property at the last place
 * ({@link WindowBound}), and so on until a window ends short; then the leads without a value (the server lists them
 * last) form the last window. An OR filter of several conditions that fills its first window is distributed: each
 * condition becomes a group of its own, continued from the same lead, and the groups are merged. Under a number sort,
 * a window that will fill is asked first whether it ends in a long tie ({@link LongTie}); if so it stops before the
 * tie's first lead, the tie is listed by its own deep listing, and the next window continues strictly past it.
 */
final class GroupStream implements LeadStream {
    private enum Kind {
        PLAIN,
        KNOWN
    }

    private final Listing listing;
    private final Filter filter;
    private WindowReader reader;
    private Function<Instant, Filter> readerFilter;
    private boolean tieAsked;
    private BigDecimal tieAhead;
    private GroupStream tie;
    private Kind kind;
    private WindowBound bound;
    private LeadStream distributed;
    private boolean finished;
    private boolean cut;
    private long firstTotal = -1;
    private final LeadSummary start;

    /** The filter's leads after {@code anchor} (null: from the start); nothing is sent before the first lead is asked. */
    GroupStream(Listing listing, Filter filter, LeadSummary anchor) {
        this.listing = listing;
        this.filter = filter;
        this.start = anchor;
        if (anchor == null) {
            kind = Kind.PLAIN;
            read(now -> filter, null, false);
        }
    }

    @Override
    public LeadSummary next() throws ApiException {
        if (reader == null && distributed == null && !finished) {
            continueFrom(start, false); // a lead of the whole OR filter: this group need not hold it
        }
        while (!finished) {
            if (distributed != null) {
                return distributed.next();
            }
            if (tie != null) {
                LeadSummary lead = tie.next();
                if (lead != null) {
                    return lead;
                }
                passTie();
                continue;
            }
            LeadSummary lead = reader.next();
            if (firstTotal < 0) {
                firstTotal = reader.total();
            }
            if (lead != null && !tieAsked) {
                askForTie(lead);
            }
            if (lead != null && tieAhead != null && LongTie.holds(listing, lead, tieAhead)) {
                enterTie();
                continue;
            }
            if (lead != null) {
                return lead;
            }
            switch (reader.end()) {
                case COMPLETE -> {
                    if (kind == Kind.KNOWN) {
                        openMissing(null);
                    } else {
                        finished = true;
                    }
                }
                case GAP -> {
                    // the anchor is not in the window: it left the filter, or the server placed the bound past it
                    openKnown(listing.reachingBack(bound, reader.anchor()), reader.anchor(), false);
                }
                case CAPPED -> {
                    if (tieAhead != null) {
                        enterTie(); // the list moved: the tie's first lead was not met
                    } else {
                        afterCap(reader.anchor());
                    }
                }
                case NONE -> throw new IllegalStateException("a window without leads that has not ended");
            }
        }
        return null;
    }

    @Override
    public boolean cut() {
        return cut || distributed != null && distributed.cut();
    }

    /** The first window's total: how many leads the filter matches. */
    long firstTotal() {
        return firstTotal;
    }

    private void afterCap(LeadSummary last) throws ApiException {
        if (kind == Kind.PLAIN && isDistributable()) {
            List<LeadStream> groups = new ArrayList<>();
            for (Condition condition : filter.conditions()) {
                groups.add(new GroupStream(listing, Filter.and(condition), last));
            }
            distributed = new MergedStreams(groups, listing.order());
        } else {
            continueFrom(last, true);
        }
    }

    /**
     * @param ownLead whether the anchor is a lead of this filter, so that the next window's first page must show it
     *     (or a lead before it) when the window's bound is placed by the clock
     */
    private void continueFrom(LeadSummary anchor, boolean ownLead) throws ApiException {
        SortValue value = SortValue.of(anchor, listing.sortProp());
        if (value instanceof SortValue.Missing) {
            openMissing(anchor);
            return;
        }
        if (value instanceof SortValue.Other other) {
            listing.outOfReach(new OutOfReach(OutOfReach.Reason.TEXT_SORT, listing.sortProp(), other.text()));
            finished = true;
            cut = true;
            return;
        }
        WindowBound next = WindowBound.after(listing, value, kind == Kind.KNOWN ? bound : null);
        if (next.strict()) { // more leads share the value than one window holds
            listing.outOfReach(new OutOfReach(
                    OutOfReach.Reason.TIES, listing.sortProp(), PropValues.text(anchor.prop(listing.sortProp()))));
        }
        if (!ownLead) { // this filter may not hold the anchor: place the bound by all leads
            next = listing.reachingBack(next, anchor);
        }
        openKnown(next, anchor, ownLead);
    }

    private void openKnown(WindowBound windowBound, LeadSummary anchor, boolean checkStart) {
        kind = Kind.KNOWN;
        bound = windowBound;
        read(
                now -> Listing.and(filter, windowBound.conditionAt(now)),
                anchor,
                checkStart && windowBound.needsWitness());
    }

    private void read(Function<Instant, Filter> filterAt, LeadSummary anchor, boolean checkStart) {
        readerFilter = filterAt;
        reader = new WindowReader(listing, filterAt, anchor, checkStart);
        tieAsked = false;
        tieAhead = null;
    }

    /**
     * At a window's first lead (its first page is in): when the window will fill and the sort is by a number, whether
     * it ends in a long tie, which the server would list by id only up to the window's cap.
     */
    private void askForTie(LeadSummary first) throws ApiException {
        tieAsked = true;
        if (reader.total() > LeadQuery.MAX_WINDOW
                && !isDistributable()
                && SortValue.of(first, listing.sortProp()) instanceof SortValue.Number) {
            tieAhead = LongTie.atEndOf(listing, filter, readerFilter);
        }
    }

    private void enterTie() {
        reader.close();
        tie = new GroupStream(listing.insideTie(), LongTie.of(listing, filter, tieAhead), null);
    }

    private void passTie() {
        WindowBound past = WindowBound.past(listing, new SortValue.Number(tieAhead));
        tie = null;
        openKnown(past, null, false);
    }

    private void openMissing(LeadSummary anchor) throws ApiException {
        distributed = MissingValues.after(listing, Listing.and(filter, Conditions.unknown(listing.sortProp())), anchor);
    }

    private boolean isDistributable() {
        return filter.junction() == Junction.OR && filter.conditions().size() > 1;
    }
}
