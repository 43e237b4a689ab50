package app.leadbrowser.cli;

import app.leadbrowser.client.error.ServerText;
import app.leadbrowser.logging.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * How a failure reaches the terminal: one line, cleaned of control characters (a server's message could hold escape
 * sequences that clear or recolour the screen) and cut short; with {@code --debug} the stack trace too, each line
 * cleaned the same way and every known token masked.
 */
final class FailureText {
    /** A trace line names classes and files: longer than a message may be, never 100 KB. */
    private static final int MAX_TRACE_LINE = 1000;

    private FailureText() {}

    static void print(PrintWriter err, String prefix, Throwable failure, boolean debug) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        err.println(prefix + ServerText.clean(Secrets.redact(message)));
        if (debug) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Secrets.redact(trace.toString())
                    .lines()
                    .forEach(line -> err.println(ServerText.clean(line, MAX_TRACE_LINE)));
        }
    }
}
