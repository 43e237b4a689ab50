package app.leadbrowser.export;

/** Told after each page's worth of leads, on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    /**
     * @param exported leads gathered so far
     * @param expected how many the filter matches (the list method's exact total)
     */
    void pageLoaded(int exported, long expected);

    ExportProgress NONE = (exported, expected) -> {};
}
