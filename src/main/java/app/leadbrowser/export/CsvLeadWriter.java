package app.leadbrowser.export;

import app.leadbrowser.client.model.PropValues;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV (RFC 4180) with the columns of a {@link ColumnPlan}. Every field, the header's included, goes through
 * {@link SpreadsheetText#guard}, so no spreadsheet runs a value as a formula (a CSV cell has no type: the
 * spreadsheet decides what "=cmd" is), and fields holding {@code ;} or a tab are quoted for spreadsheets that split
 * on them. Each lead's fields are made as it comes and spooled ({@link RowSpool}) until the header is known.
 */
final class CsvLeadWriter extends SpooledRowWriter {
    private static final String LINE_END = "\r\n";

    private byte[] line = new byte[1 << 12];

    /**
     * @param spool a file to keep the rows in until the walk ends
     * @param out where the CSV goes, in UTF-8
     */
    CsvLeadWriter(ColumnPlan plan, Path spool, OutputStream out) throws IOException {
        super(plan, spool, out, CsvLeadWriter::field);
    }

    @Override
    public void finish() throws IOException {
        List<ExportColumn> columns = plan.columnsFor(rows.keys());
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = field(columns.get(c).header());
            header.append(c > 0 ? "," : "").append(cell == null ? "" : cell.text());
        }
        out.write(header.append(LINE_END).toString().getBytes(StandardCharsets.UTF_8));
        int[] slots = rows.slotsOf(columns);
        rows.replay(row -> writeRow(row, slots));
        out.flush();
    }

    /** The row's cells in the columns' order, as one write. */
    private void writeRow(RowSpool.Row row, int[] slots) throws IOException {
        int most = row.size() + slots.length + LINE_END.length();
        if (line.length < most) {
            line = new byte[Math.max(2 * line.length, most)];
        }
        int end = 0;
        for (int c = 0; c < slots.length; c++) {
            if (c > 0) {
                line[end++] = ',';
            }
            if (row.has(slots[c])) {
                end = row.copyTo(slots[c], line, end);
            }
        }
        line[end++] = '\r';
        line[end++] = '\n';
        out.write(line, 0, end);
    }

    private static Cell field(Object value) {
        String text = PropValues.text(value);
        return text.isEmpty() ? null : Cell.text(SpreadsheetText.csvField(SpreadsheetText.guard(text)));
    }
}
