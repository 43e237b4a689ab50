package app.leadbrowser.ui.leads;

import static app.leadbrowser.ui.leads.LeadColumn.FIT;

import app.leadbrowser.client.SortOrder;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadColumn.Kind;
import java.util.List;

/** The built-in columns and the column made for any other property: its title and how its values read. */
public final class LeadColumns {
    private LeadColumns() {}

    /** The columns a new window shows, in order. */
    public static List<LeadColumn> defaults() {
        return List.of(
                new LeadColumn(LeadColumn.PRESENCE, "", Kind.PRESENCE, null, 32, true),
                new LeadColumn("$name", PropertyLabels.label("$name"), Kind.TEXT, "$name", FIT, true),
                new LeadColumn("$email", PropertyLabels.label("$email"), Kind.TEXT, "$email", FIT, true),
                new LeadColumn("$phone", PropertyLabels.label("$phone"), Kind.TEXT, "$phone", FIT, true),
                new LeadColumn("$last_seen", PropertyLabels.label("$last_seen"), Kind.DATE, "$last_seen", FIT, true),
                new LeadColumn("$sessions", PropertyLabels.label("$sessions"), Kind.NUMBER, "$sessions", FIT, true),
                new LeadColumn(
                        LeadColumn.LOCATION, Texts.get("leads.column.location"), Kind.LOCATION, "$city", FIT, true));
    }

    /** The column for a key: a built-in one, or one showing the property of that name. */
    public static LeadColumn forKey(String key) {
        return defaults().stream()
                .filter(column -> column.key().equals(key))
                .findFirst()
                .orElseGet(() -> new LeadColumn(key, PropertyLabels.label(key), kindOf(key), key, FIT, true));
    }

    private static Kind kindOf(String property) {
        if (PropertyLabels.isDate(property)) {
            return Kind.DATE;
        }
        String[] event = PropertyLabels.eventParts(property);
        return event != null || property.equals("$sessions") ? Kind.NUMBER : Kind.TEXT;
    }

    /** The order a new sort by {@code property} starts in: dates and numbers newest and largest first. */
    static SortOrder defaultOrderFor(String property) {
        Kind kind = forKey(property).kind();
        return kind == Kind.DATE || kind == Kind.NUMBER ? SortOrder.DESC : SortOrder.ASC;
    }
}
