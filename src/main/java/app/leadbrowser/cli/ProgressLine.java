package app.leadbrowser.cli;

import app.leadbrowser.export.ExportProgress;
import java.io.PrintWriter;

/**
 * Export progress on standard error, with the rate once it has run a few seconds: one line rewritten in place on a
 * terminal, a line per 1,000 otherwise.
 */
final class ProgressLine implements ExportProgress {
    private static final long RATE_AFTER_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int lastReported;
    private boolean open;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void pageLoaded(int exported, long expected) {
        long elapsed = System.nanoTime() - started;
        String text = String.format("Fetched %,d of %,d leads", exported, expected)
                + (elapsed >= RATE_AFTER_NANOS
                        ? String.format(" (%,d leads/s)", Math.round(exported / (elapsed / 1e9)))
                        : "");
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
