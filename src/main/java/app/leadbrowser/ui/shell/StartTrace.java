package app.leadbrowser.ui.shell;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where the start-up's time goes, for taking it apart: started with {@code -Dleadbrowser.startTrace=true}, the app
 * notes when each start-up step ends and on which thread, and {@link FirstRowsProbe} prints the steps once the first
 * rows are painted, as {@code START_TRACE <epoch ms> <thread> <step>} lines. Off, a mark costs one field read.
 */
final class StartTrace {
    static final String PROPERTY = "leadbrowser.startTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final Queue<String> MARKS = new ConcurrentLinkedQueue<>();

    private StartTrace() {}

    /** Notes that {@code step} ended now. */
    static void mark(String step) {
        if (ON) {
            MARKS.add(System.currentTimeMillis() + " " + Thread.currentThread().getName() + " " + step);
        }
    }

    /** Prints the steps noted so far. */
    static void print() {
        if (ON) {
            MARKS.forEach(line -> System.out.println("START_TRACE " + line));
        }
    }
}
