package app.leadbrowser.cli;

import app.leadbrowser.export.ExportProgress;
import java.io.PrintWriter;

/** Export progress on standard error: one line rewritten in place on a terminal, a line per 1,000 otherwise. */
final class ProgressLine implements ExportProgress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private int lastReported;
    private boolean open;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void pageLoaded(int exported, long expected) {
        String text = String.format("Fetched %,d of %,d leads", exported, expected);
        if (terminal) {
            err.print("\r" + text);
            err.flush();
            open = true;
        } else if (exported - lastReported >= 1_000 || exported >= expected) {
            err.println(text);
            lastReported = exported;
        }
    }

    void done() {
        if (open) {
            err.println();
            open = false;
        }
    }
}
