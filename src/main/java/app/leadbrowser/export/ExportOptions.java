package app.leadbrowser.export;

/**
 * How a CSV or Excel export is laid out: its columns, and whether a CSV starts with the UTF-8 byte-order mark
 * (Excel reads a CSV opened by a double-click in the computer's legacy code page unless it finds one, so "Jürgen"
 * shows as "JÃ¼rgen"). JSON Lines ignores both.
 */
public record ExportOptions(ColumnPlan columns, boolean byteOrderMark) {

    /** The command line's default: raw API keys, no byte-order mark. */
    public static ExportOptions rawKeys() {
        return new ExportOptions(ColumnPlan.rawKeys(), false);
    }
}
