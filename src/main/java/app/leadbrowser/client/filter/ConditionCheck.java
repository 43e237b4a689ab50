package app.leadbrowser.client.filter;

import app.leadbrowser.client.model.PropValues;

/**
 * One condition of a filter checked against one lead: the condition, the lead's value of its property as the props
 * hold it ({@code null} when absent) and whether the condition holds.
 */
public record ConditionCheck(Condition condition, Object actual, boolean holds) {

    /** Whether the lead has the property (absent, null, empty text and empty list count as unknown). */
    public boolean known() {
        return PropValues.isKnown(actual);
    }
}
