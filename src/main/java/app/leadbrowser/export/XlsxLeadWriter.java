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
 * An Excel workbook (FastExcel) with one sheet: the CSV's columns (id, presence, then every prop key, sorted) under a
 * bold, frozen header. Numbers and booleans become number and boolean cells, the API's dates ({@code YYYY-MM-DD} and
 * {@code YYYY-MM-DDTHH:MM:SS}, UTC) date cells; everything else is text.
 *
 * <p>The CSV's formula guard does not apply here: text goes into typed text cells, which a spreadsheet shows and
 * never evaluates, so "=cmd" stays the text "=cmd" without a leading quote to spoil it.
 */
final class XlsxLeadWriter {
    static final String SHEET = "Leads";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    void write(List<LeadSummary> leads, OutputStream out) throws IOException {
        List<String> keys = LeadWriter.propKeysOf(leads);
        Workbook workbook = new Workbook(out, "Lead Browser", workbookVersion());
        Worksheet sheet = workbook.newWorksheet(SHEET);
        sheet.value(0, 0, "id");
        sheet.value(0, 1, "presence");
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(0, c + 2, keys.get(c));
        }
        sheet.range(0, 0, 0, keys.size() + 1).style().bold().set();
        sheet.freezePane(1, 1);
        for (int r = 0; r < leads.size(); r++) {
            LeadSummary lead = leads.get(r);
            int row = r + 1;
            sheet.value(row, 0, lead.id());
            sheet.value(row, 1, lead.presence().wireName());
            for (int c = 0; c < keys.size(); c++) {
                cell(sheet, row, c + 2, lead.prop(keys.get(c)));
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
