package app.leadbrowser.export;

/** One column of a CSV or Excel export: its header and what it holds, the lead's id, its presence or a prop. */
record ExportColumn(String header, Source source, String key) {

    /** Where a column's value comes from. */
    enum Source {
        ID,
        PRESENCE,
        PROP
    }

    static ExportColumn id(String header) {
        return new ExportColumn(header, Source.ID, null);
    }

    static ExportColumn presence(String header) {
        return new ExportColumn(header, Source.PRESENCE, null);
    }

    static ExportColumn prop(String header, String key) {
        return new ExportColumn(header, Source.PROP, key);
    }
}
