package app.leadbrowser.export;

/**
 * A cell of a CSV or Excel export as it will be written, worked out while the walk still fetches: its kind and its
 * text (for CSV the field ready to write, guarded and quoted; for Excel the value's text, a date as its serial day).
 */
record Cell(Kind kind, String text) {

    /** How a spreadsheet holds the cell. */
    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        DATE,
        DATE_TIME
    }

    static Cell text(String text) {
        return new Cell(Kind.TEXT, text);
    }
}
