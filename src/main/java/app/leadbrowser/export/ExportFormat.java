package app.leadbrowser.export;

/** The file formats an export can write. */
public enum ExportFormat {
    /** One row per lead: id, presence, then every prop key seen, in a stable (sorted) order. */
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
