package app.leadbrowser.client.deep;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.DateUnit;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The last window, the leads without a value of the sort property, when it holds more than one window can: split by
 * another date property ({@value #SPLIT_PROP}) into slices of at most {@value #SLICE} leads, each listed in the
 * server's order for the missing value (by id) and merged back into that order. The slices' bounds are ages in
 * minutes found by halving on the slices' totals (requests of one lead); neighbouring slices overlap by a day on
 * each side, so that a lead ageing across a bound while the listing runs (the bounds are ages, and the server's
 * clock moves on) stays in the slice that was listing it; the leads of the overlap come twice and are dropped.
 */
final class MissingValues {
    static final String SPLIT_PROP = "$last_seen";
    static final int SLICE = 9_000;
    /** How far neighbouring slices overlap, in minutes: more than the clock moves during any listing. */
    static final long OVERLAP = 1_440;
    /** About 127 years in minutes: older than any date the API holds. */
    private static final long OLDEST = 1L << 26;

    private MissingValues() {}

    /**
     * The leads of {@code missing} (the filter AND the sort property unknown) after {@code anchor}: one window when
     * they fit, else slices merged.
     */
    static LeadStream after(Listing listing, Filter missing, LeadSummary anchor) throws ApiException {
        long total = count(listing, missing);
        if (total <= LeadQuery.MAX_WINDOW || listing.sortProp().equals(SPLIT_PROP)) {
            return reported(listing, new WindowReader(listing, now -> missing, anchor, false));
        }
        List<LeadStream> slices = new ArrayList<>();
        long newer = -1;
        long counted = 0;
        while (true) {
            long older = boundAfter(listing, missing, newer, counted);
            List<Condition> ages = new ArrayList<>();
            if (newer >= 0) {
                ages.add(Conditions.relativeDate(
                        SPLIT_PROP, Operator.DAYSMORE, Math.max(0, newer - OVERLAP), DateUnit.MINUTES));
            }
            if (older >= 0) {
                ages.add(Conditions.relativeDate(SPLIT_PROP, Operator.DAYSLESS, older + OVERLAP, DateUnit.MINUTES));
            }
            Filter slice = Listing.and(missing, ages.toArray(Condition[]::new));
            slices.add(reported(listing, new WindowReader(listing, now -> slice, anchor, false)));
            if (older < 0) {
                break;
            }
            counted = countYounger(listing, missing, older);
            newer = older;
        }
        Filter undated = Listing.and(missing, Conditions.unknown(SPLIT_PROP));
        slices.add(reported(listing, new WindowReader(listing, now -> undated, anchor, false)));
        return new MergedStreams(slices, listing.order());
    }

    /**
     * The largest age (minutes) whose slice from {@code newer} holds at most {@link #SLICE} leads; -1 when every
     * older lead fits in it.
     */
    private static long boundAfter(Listing listing, Filter missing, long newer, long counted) throws ApiException {
        long low = Math.max(newer, 0);
        long high = OLDEST;
        if (countYounger(listing, missing, high) - counted <= SLICE) {
            return -1;
        }
        while (high - low > 1) {
            long middle = (low + high) >>> 1;
            if (countYounger(listing, missing, middle) - counted <= SLICE) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low > newer ? low : high; // more than a slice in one minute: that slice keeps its cap
    }

    private static long countYounger(Listing listing, Filter missing, long minutes) throws ApiException {
        return count(
                listing,
                Listing.and(
                        missing, Conditions.relativeDate(SPLIT_PROP, Operator.DAYSLESS, minutes, DateUnit.MINUTES)));
    }

    private static long count(Listing listing, Filter filter) throws ApiException {
        return listing.requests().fetch(listing.query(filter).withLimit(1)).total();
    }

    /** A window whose cap, if it reaches it, is reported as leads without a value out of reach. */
    private static LeadStream reported(Listing listing, WindowReader window) {
        return () -> {
            LeadSummary lead = window.next();
            if (lead == null && window.end() == WindowReader.End.CAPPED) {
                listing.outOfReach(new OutOfReach(OutOfReach.Reason.MISSING_VALUES, listing.sortProp(), ""));
            }
            return lead;
        };
    }
}
