package app.leadbrowser.logging;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default handler of exceptions no code caught, on any thread (the JavaFX application thread included: JavaFX
 * hands an event handler's exception to it). The exception, stack trace and all, goes to the log, where {@link
 * RedactingLayout} masks every token; the terminal gets one plain line without the trace; the window, when it has
 * registered a notice, says that something went wrong. Before it, the JVM printed the whole trace to stderr, past
 * the redaction.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static volatile Runnable notice = () -> {};

    private final Supplier<Logger> log;
    private final PrintStream terminal;

    /** @param log the logger, asked for at the first failure (Logback starts only when first used) */
    CrashHandler(Supplier<Logger> log, PrintStream terminal) {
        this.log = log;
        this.terminal = terminal;
    }

    /** Makes this the handler of every thread without its own. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(
                new CrashHandler(() -> LoggerFactory.getLogger(CrashHandler.class), System.err));
    }

    /** What the window does when an exception is not caught (replaces the one before; any thread may call it). */
    public static void onCrash(Runnable windowNotice) {
        notice = windowNotice == null ? () -> {} : windowNotice;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            log.get().error("Unexpected failure on thread {}", thread.getName(), failure);
            terminal.println("Lead Browser hit an unexpected problem ("
                    + failure.getClass().getSimpleName() + "); the details are in its log file.");
            notice.run();
        } catch (Throwable again) {
            // nothing left to tell: a handler that throws would only print the trace it keeps from the terminal
        }
    }
}
