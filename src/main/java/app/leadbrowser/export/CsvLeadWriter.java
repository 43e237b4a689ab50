package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180, quoting by Commons CSV): id, presence, then every prop key any lead has, sorted. Text that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR at the start) is prefixed with {@code '}.
 */
final class CsvLeadWriter implements LeadWriter {

    @Override
    public void write(List<LeadSummary> leads, Writer out) throws IOException {
        List<String> keys = LeadWriter.propKeysOf(leads);
        List<String> header = new ArrayList<>(List.of("id", "presence"));
        header.addAll(keys);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out)) {
            csv.printRecord(header);
            for (LeadSummary lead : leads) {
                List<String> row = new ArrayList<>(header.size());
                row.add(lead.id());
                row.add(lead.presence().wireName());
                for (String key : keys) {
                    row.add(cell(lead.prop(key)));
                }
                csv.printRecord(row);
            }
        }
    }

    static String cell(Object value) {
        String text = PropValues.text(value);
        if (text.isEmpty() || PropValues.number(value).isPresent()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
