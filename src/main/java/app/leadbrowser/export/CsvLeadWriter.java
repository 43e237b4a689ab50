package app.leadbrowser.export;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV (RFC 4180) with the columns of a {@link ColumnPlan}. Every field, the header's included, goes through
 * {@link SpreadsheetText#guard}, so no spreadsheet runs a value as a formula (a CSV cell has no type: the
 * spreadsheet decides what "=cmd" is), and fields holding {@code ;} or a tab are quoted for spreadsheets that split
 * on them.
 */
final class CsvLeadWriter implements LeadWriter {
    private final ColumnPlan plan;

    CsvLeadWriter(ColumnPlan plan) {
        this.plan = plan;
    }

    @Override
    public void write(List<LeadSummary> leads, Writer out) throws IOException {
        List<ExportColumn> columns = plan.columnsFor(leads);
        printRecord(columns.stream().map(ExportColumn::header).toList(), out);
        for (LeadSummary lead : leads) {
            printRecord(
                    columns.stream()
                            .map(column -> PropValues.text(column.valueOf(lead)))
                            .toList(),
                    out);
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
