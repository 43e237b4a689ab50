package app.leadbrowser.ui.leads;

import app.leadbrowser.settings.ColumnState;

/**
 * One column of the lead table: the property it shows ({@code key}; two built-in columns use the keys
 * {@link #PRESENCE} and {@link #LOCATION}), its title, how its values read, the property the server sorts by
 * (null: not sortable), and its width and visibility as the user left them: {@link #FIT} until the user sizes it,
 * the column then fits its header and the rows first shown in it.
 */
public record LeadColumn(String key, String title, Kind kind, String sortProp, double width, boolean visible) {

    public static final String PRESENCE = "presence";
    public static final String LOCATION = "location";
    /** The width of a column the user has not sized: it fits its content. */
    public static final double FIT = 0;

    /** How a column's values are shown. */
    public enum Kind {
        PRESENCE,
        TEXT,
        NUMBER,
        DATE,
        LOCATION
    }

    public boolean isSortable() {
        return sortProp != null;
    }

    /** True until the user sizes the column. */
    public boolean fitsContent() {
        return width <= FIT;
    }

    public LeadColumn withWidth(double value) {
        return new LeadColumn(key, title, kind, sortProp, value, visible);
    }

    public LeadColumn withVisible(boolean value) {
        return new LeadColumn(key, title, kind, sortProp, width, value);
    }

    public ColumnState toState() {
        return new ColumnState(key, width, visible);
    }
}
