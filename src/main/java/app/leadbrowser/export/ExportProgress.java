package app.leadbrowser.export;

/** Told after each page, on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    /**
     * @param exported leads gathered so far
     * @param expected how many the export will hold at most: the filter's total, capped at the 10,000 window
     */
    void pageLoaded(int exported, long expected);

    ExportProgress NONE = (exported, expected) -> {};
}
