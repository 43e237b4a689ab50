package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV (RFC 4180): id, presence, then every prop key any lead has, sorted. Every field, the header's included, goes
 * through {@link SpreadsheetText#guard}, so no spreadsheet runs a value as a formula, and fields holding {@code ;}
 * or a tab are quoted for spreadsheets that split on them.
 */
final class CsvLeadWriter implements LeadWriter {

    @Override
    public void write(List<LeadSummary> leads, Writer out) throws IOException {
        List<String> keys = LeadWriter.propKeysOf(leads);
        List<String> header = new ArrayList<>(List.of("id", "presence"));
        header.addAll(keys);
        printRecord(header, out);
        for (LeadSummary lead : leads) {
            List<String> row = new ArrayList<>(header.size());
            row.add(lead.id());
            row.add(lead.presence().wireName());
            for (String key : keys) {
                row.add(PropValues.text(lead.prop(key)));
            }
            printRecord(row, out);
        }
    }

    private static void printRecord(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(SpreadsheetText.csvField(SpreadsheetText.guard(fields.get(i))));
        }
        out.write("\r\n");
    }
}
