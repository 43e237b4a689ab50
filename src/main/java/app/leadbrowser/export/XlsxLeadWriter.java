package app.leadbrowser.export;

import app.leadbrowser.AppVersion;
import app.leadbrowser.client.model.PropValues;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.TimestampUtil;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (FastExcel) with one sheet: the columns of a {@link ColumnPlan} under a bold, frozen header.
 * Numbers and booleans become number and boolean cells, the API's dates ({@code YYYY-MM-DD} and
 * {@code YYYY-MM-DDTHH:MM:SS}, UTC) date cells; everything else is text. Each lead's cells are typed as it comes and
 * spooled ({@link RowSpool}) until the header is known; the sheet is then written out every {@link #FLUSH_ROWS} rows,
 * not held.
 *
 * <p>The CSV's formula guard does not apply here: text goes into shared-string cells ({@code <c t="s">}), and a
 * spreadsheet evaluates only a cell's {@code <f>} element, which no cell here has, so "=cmd" and a phone such as
 * "+49 30 1234" stay exactly that text, without a leading quote to spoil them.
 */
final class XlsxLeadWriter extends SpooledRowWriter {
    static final String SHEET = "Leads";
    private static final int FLUSH_ROWS = 1_000;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    /** @param spool a file to keep the rows in until the walk ends */
    XlsxLeadWriter(ColumnPlan plan, Path spool, OutputStream out) throws IOException {
        super(plan, spool, out, XlsxLeadWriter::cellOf);
    }

    @Override
    public void finish() throws IOException {
        List<ExportColumn> columns = plan.columnsFor(rows.keys());
        Workbook workbook = new Workbook(out, "Lead Browser", workbookVersion());
        Worksheet sheet = workbook.newWorksheet(SHEET);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(1, 1);
        int[] slots = rows.slotsOf(columns);
        int[] row = {0};
        rows.replay(cells -> {
            int r = ++row[0];
            for (int c = 0; c < slots.length; c++) {
                if (cells.has(slots[c])) {
                    write(sheet, r, c, cells.cell(slots[c]));
                }
            }
            if (r % FLUSH_ROWS == 0) {
                sheet.flush();
            }
        });
        workbook.finish();
    }

    /** A value as a typed cell; null for an empty one. */
    private static Cell cellOf(Object value) {
        if (value instanceof Boolean flag) {
            return new Cell(Cell.Kind.BOOLEAN, flag.toString());
        }
        if (value instanceof Number) {
            return new Cell(
                    Cell.Kind.NUMBER,
                    PropValues.number(value).orElse(BigDecimal.ZERO).toString());
        }
        String text = PropValues.text(value);
        try {
            if (ISO_DATE_TIME.matcher(text).matches()) {
                return new Cell(
                        Cell.Kind.DATE_TIME,
                        TimestampUtil.convertDate(LocalDateTime.parse(text)).toString());
            }
            if (ISO_DATE.matcher(text).matches()) {
                return new Cell(
                        Cell.Kind.DATE,
                        TimestampUtil.convertDate(LocalDate.parse(text)).toString());
            }
        } catch (DateTimeParseException e) {
            // shaped like a date but not one (e.g. month 13): kept as text
        }
        return text.isEmpty() ? null : Cell.text(text);
    }

    private static void write(Worksheet sheet, int row, int column, Cell cell) {
        switch (cell.kind()) {
            case TEXT -> sheet.value(row, column, cell.text());
            case NUMBER -> sheet.value(row, column, new BigDecimal(cell.text()));
            case BOOLEAN -> sheet.value(row, column, Boolean.parseBoolean(cell.text()));
            case DATE, DATE_TIME -> {
                sheet.value(row, column, Double.parseDouble(cell.text()));
                sheet.style(row, column)
                        .format(cell.kind() == Cell.Kind.DATE_TIME ? DATE_TIME_FORMAT : DATE_FORMAT)
                        .set();
            }
        }
    }

    /** Excel wants the application version as {@code XX.YYYY}; anything else makes it report a damaged file. */
    private static String workbookVersion() {
        String[] parts = AppVersion.get().split("[^0-9]+");
        String major = parts.length > 0 && !parts[0].isEmpty() ? parts[0] : "1";
        return major + ".0";
    }
}
