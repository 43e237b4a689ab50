package app.leadbrowser.client.deep;

import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.SortOrder;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.filter.Condition;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.model.LeadSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A long tie: at least a window's worth (10,000) of a filter's leads share one number of the sort property, so that no
 * window continued from that number can pass it. Its leads are a filter of their own, the filter AND the property
 * equal to the number, listed deep by another property the API can range over: {@value #BY}, in the listing's
 * direction, leads without it last. So the whole listing's order is: by the sort property; inside a number that at
 * least 10,000 leads share, by {@value #BY}; then as the server orders equal values (by id). A listing cuts the window
 * that reaches a long tie before its first lead of the number, lists the tie, and goes on strictly past the number.
 */
final class LongTie {
    /** The property a long tie is listed by: every lead the sandbox makes has it, most real ones too. */
    static final String BY = "$last_seen";

    private LongTie() {}

    /** The leads of {@code filter} whose sort property is {@code value}. */
    static Filter of(Listing listing, Filter filter, BigDecimal value) {
        return Listing.and(filter, new Condition.Number(listing.sortProp(), Operator.EQ, value));
    }

    /** The leads that come before the number {@code value} in the list's order. */
    static Condition ahead(Listing listing, BigDecimal value) {
        Operator before = listing.sortOrder() == SortOrder.DESC ? Operator.GT : Operator.LT;
        return new Condition.Number(listing.sortProp(), before, value);
    }

    /** Whether {@code lead}'s sort property is the number {@code value}. */
    static boolean holds(Listing listing, LeadSummary lead, BigDecimal value) {
        return SortValue.of(lead, listing.sortProp()) instanceof SortValue.Number number
                && number.value().compareTo(value) == 0;
    }

    /** Whether {@code total} leads sharing a number fill a window continued from it. */
    static boolean isLong(long total) {
        return total >= LeadQuery.MAX_WINDOW;
    }

    /**
     * The number a long tie of {@code filter} shares at the last place of the window {@code window} (a window of
     * {@code filter} that holds more than 10,000 leads), or null when that place's lead is not in a long tie. Two
     * round trips of one lead each.
     */
    static BigDecimal atEndOf(Listing listing, Filter filter, Function<Instant, Filter> window) throws ApiException {
        List<LeadSummary> last = listing.requests()
                .fetch(listing.query(window.apply(listing.now()))
                        .withOffset(LeadQuery.MAX_WINDOW - 1)
                        .withLimit(1))
                .leads();
        if (last.isEmpty() || !(SortValue.of(last.get(0), listing.sortProp()) instanceof SortValue.Number number)) {
            return null;
        }
        long shared = listing.count(of(listing, filter, number.value())).await().total();
        return isLong(shared) ? number.value() : null;
    }
}
