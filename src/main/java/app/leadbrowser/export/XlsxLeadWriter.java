package app.leadbrowser.export;

import app.leadbrowser.AppVersion;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (FastExcel) with one sheet: the columns of a {@link ColumnPlan} under a bold, frozen header.
 * Numbers and booleans become number and boolean cells, the API's dates ({@code YYYY-MM-DD} and
 * {@code YYYY-MM-DDTHH:MM:SS}, UTC) date cells; everything else is text.
 *
 * <p>The CSV's formula guard does not apply here: text goes into shared-string cells ({@code <c t="s">}), and a
 * spreadsheet evaluates only a cell's {@code <f>} element, which no cell here has, so "=cmd" and a phone such as
 * "+49 30 1234" stay exactly that text, without a leading quote to spoil them.
 */
final class XlsxLeadWriter {
    static final String SHEET = "Leads";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final ColumnPlan plan;

    XlsxLeadWriter(ColumnPlan plan) {
        this.plan = plan;
    }

    void write(List<LeadSummary> leads, OutputStream out) throws IOException {
        List<ExportColumn> columns = plan.columnsFor(leads);
        Workbook workbook = new Workbook(out, "Lead Browser", workbookVersion());
        Worksheet sheet = workbook.newWorksheet(SHEET);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(1, 1);
        for (int r = 0; r < leads.size(); r++) {
            LeadSummary lead = leads.get(r);
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, r + 1, c, columns.get(c).valueOf(lead));
            }
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Boolean flag) {
            sheet.value(row, column, flag);
        } else if (value instanceof Number) {
            sheet.value(row, column, PropValues.number(value).orElse(BigDecimal.ZERO));
        } else if (value instanceof String text && ISO_DATE_TIME.matcher(text).matches()) {
            dateCell(sheet, row, column, text, true);
        } else if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
            dateCell(sheet, row, column, text, false);
        } else {
            sheet.value(row, column, PropValues.text(value));
        }
    }

    private static void dateCell(Worksheet sheet, int row, int column, String text, boolean withTime) {
        try {
            if (withTime) {
                sheet.value(row, column, LocalDateTime.parse(text));
            } else {
                sheet.value(row, column, LocalDate.parse(text));
            }
            sheet.style(row, column)
                    .format(withTime ? DATE_TIME_FORMAT : DATE_FORMAT)
                    .set();
        } catch (DateTimeParseException e) {
            sheet.value(row, column, text); // shaped like a date but not one (e.g. month 13): keep the text
        }
    }

    /** Excel wants the application version as {@code XX.YYYY}; anything else makes it report a damaged file. */
    private static String workbookVersion() {
        String[] parts = AppVersion.get().split("[^0-9]+");
        String major = parts.length > 0 && !parts[0].isEmpty() ? parts[0] : "1";
        return major + ".0";
    }
}
