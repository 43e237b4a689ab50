package app.leadbrowser.ui.export;

import app.leadbrowser.client.model.Presence;
import app.leadbrowser.export.ColumnPlan;
import app.leadbrowser.export.ColumnPlan.Labelled;
import app.leadbrowser.ui.common.PropertyLabels;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.LeadColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's export columns for people: the table's visible columns first, in its order, under the titles its
 * header shows, then id and presence in words, then every other property under its label (an event's under its
 * type's name where the catalog knows it), all in the current language.
 */
final class TableColumnsPlan {
    private TableColumnsPlan() {}

    /** @param otherHeaders the header of each property not among the table's columns */
    static ColumnPlan of(List<LeadColumn> tableColumns, EventHeaders otherHeaders) {
        List<Labelled> first = new ArrayList<>();
        for (LeadColumn column : tableColumns) {
            if (!column.visible()) {
                continue;
            }
            switch (column.kind()) {
                case PRESENCE -> {} // a dot without a title in the table: the file has it in words beside the id
                case LOCATION -> { // "City, Country" in one cell would neither sort nor filter by country
                    first.add(new Labelled("$city", PropertyLabels.label("$city")));
                    first.add(new Labelled("$country", PropertyLabels.label("$country")));
                }
                default -> first.add(new Labelled(column.key(), column.title()));
            }
        }
        return ColumnPlan.forPeople(first, wording(otherHeaders));
    }

    private static ColumnPlan.Wording wording(EventHeaders otherHeaders) {
        return new ColumnPlan.Wording() {
            @Override
            public String idHeader() {
                return Texts.get("export.column.id");
            }

            @Override
            public String presenceHeader() {
                return Texts.get("export.column.presence");
            }

            @Override
            public String presence(Presence presence) {
                return presence == Presence.UNKNOWN ? "" : Texts.get("common.presence." + presence.wireName());
            }

            @Override
            public String propertyHeader(String key) {
                return otherHeaders.header(key);
            }
        };
    }
}
