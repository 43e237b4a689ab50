package app.leadbrowser.ui.leads;

import app.leadbrowser.client.deep.OutOfReach;
import java.util.List;

/**
 * How far the table's listing reaches: every lead except those its deep listing found out of reach (kept for the
 * listing once a page learnt them, as earlier pages in the cache do not know them).
 */
final class Reach {
    /** The listing (filter groups and sort) the figures belong to. */
    private Object listed;

    private long outOfReach;
    private List<OutOfReach> reasons = List.of();

    /** Takes in what {@code loaded}, a page of {@code listed}, tells; a new listing starts afresh. */
    void learn(Object listed, PageLoader.Loaded loaded) {
        if (!listed.equals(this.listed)) {
            this.listed = listed;
            outOfReach = 0;
            reasons = List.of();
        }
        if (!loaded.reasons().isEmpty()) {
            outOfReach = Math.max(outOfReach, loaded.outOfReach());
            reasons = loaded.reasons();
        }
    }

    /** How many of {@code total} leads can be listed. */
    long reachable(long total) {
        return Math.max(0, total - outOfReach);
    }

    /** Why leads are out of reach, empty when none is. */
    String capText(long total) {
        return ListingTexts.cap(total, outOfReach, reasons);
    }
}
