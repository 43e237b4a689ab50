package app.leadbrowser.client.deep;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A lead's value of the sort property, as far as a window can be cut at it: a number ({@code range}), a date
 * (relative dates in minutes), missing (the last window), or anything else (text, booleans), where the API has no
 * operator to continue from.
 */
sealed interface SortValue {
    record Number(BigDecimal value) implements SortValue {}

    record Date(Instant value) implements SortValue {}

    record Missing() implements SortValue {}

    record Other(String text) implements SortValue {}

    static SortValue of(LeadSummary lead, String sortProp) {
        Object value = lead.prop(sortProp);
        if (!PropValues.isKnown(value)) {
            return new Missing();
        }
        if (value instanceof java.lang.Number) {
            return new Number(PropValues.number(value).orElseThrow());
        }
        if (value instanceof CharSequence text) {
            Optional<Instant> date =
                    text.chars().allMatch(Character::isDigit) ? Optional.empty() : PropValues.instant(value);
            if (date.isPresent()) {
                return new Date(date.get());
            }
        }
        return new Other(PropValues.text(value));
    }
}
