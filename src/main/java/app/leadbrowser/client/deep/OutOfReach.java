package app.leadbrowser.client.deep;

/**
 * Why leads of a filter could not be listed: each case names the sort property and, for ties, the value shared.
 *
 * @param reason the case
 * @param sortProp the sort property
 * @param value the value more than 10,000 leads share (ties), else empty
 */
public record OutOfReach(Reason reason, String sortProp, String value) {
    /** The cases where no documented operator reaches past the 10,000th lead of a request. */
    public enum Reason {
        /** Sorted by a text or yes/no property: no range operator continues from a value. Sort by a date or number. */
        TEXT_SORT,
        /**
         * More than 10,000 leads share one minute of a date of the sort property ({@code $last_seen} inside a long tie
         * of a number); a number is split by {@link LongTie} instead, unless the list moved while it was listed.
         */
        TIES,
        /** More than 10,000 leads have no value of the sort property and could not be split by another date. */
        MISSING_VALUES
    }
}
