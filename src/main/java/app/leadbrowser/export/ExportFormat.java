package app.leadbrowser.export;

/** The file formats an export can write. */
public enum ExportFormat {
    /** One row per lead, in the columns of a {@link ColumnPlan}; optionally with the UTF-8 byte-order mark. */
    CSV("csv"),
    /** One JSON object per line: {@code {"id": ..., "presence": ..., "props": {...}}}. */
    JSONL("jsonl"),
    /** An Excel workbook: the CSV's columns, with numbers, booleans and dates as typed cells. */
    XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
