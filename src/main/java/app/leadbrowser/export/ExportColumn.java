package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import java.util.function.Function;

/** One column of a CSV or Excel export: its header and how a lead's value for it is read (null: empty). */
record ExportColumn(String header, Function<LeadSummary, Object> value) {

    static ExportColumn prop(String header, String key) {
        return new ExportColumn(header, lead -> lead.prop(key));
    }

    Object valueOf(LeadSummary lead) {
        return value.apply(lead);
    }
}
