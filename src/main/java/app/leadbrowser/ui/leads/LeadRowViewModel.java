package app.leadbrowser.ui.leads;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.TimeTexts;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One lead of the table, with every value already turned into the text its column shows. */
public final class LeadRowViewModel {
    private final LeadSummary lead;
    private final TimeTexts times;

    public LeadRowViewModel(LeadSummary lead, TimeTexts times) {
        this.lead = lead;
        this.times = times;
    }

    public LeadSummary summary() {
        return lead;
    }

    public String id() {
        return lead.id();
    }

    public Presence presence() {
        return lead.presence();
    }

    public String name() {
        return PropValues.text(lead.prop("$name"));
    }

    /** The text a column shows for this lead (dates relative, "City, Country" for the location). */
    public String text(LeadColumn column) {
        switch (column.kind()) {
            case PRESENCE:
                return lead.presence() == Presence.UNKNOWN
                        ? ""
                        : lead.presence().wireName();
            case LOCATION:
                return Stream.of(lead.prop("$city"), lead.prop("$country"))
                        .filter(PropValues::isKnown)
                        .map(PropValues::text)
                        .collect(Collectors.joining(", "));
            case DATE:
                return PropValues.instant(lead.prop(column.key()))
                        .map(times::relative)
                        .orElse(PropValues.text(lead.prop(column.key())));
            default:
                return PropValues.text(lead.prop(column.key()));
        }
    }

    /** The tooltip of a cell: the exact time for dates, the whole text otherwise. */
    public String tooltip(LeadColumn column) {
        if (column.kind() == LeadColumn.Kind.DATE) {
            return PropValues.instant(lead.prop(column.key())).map(times::exact).orElse("");
        }
        return text(column);
    }

    /** The value to copy from a cell: dates exactly, as the API sent them. */
    public String copyText(LeadColumn column) {
        return column.kind() == LeadColumn.Kind.DATE ? PropValues.text(lead.prop(column.key())) : text(column);
    }
}
