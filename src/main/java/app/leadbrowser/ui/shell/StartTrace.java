package app.leadbrowser.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import javafx.application.Platform;

/**
 * Where the start-up's time goes, for taking it apart: started with {@code -Dleadbrowser.startTrace=true}, the app
 * notes when each start-up step ends and on which thread, and {@link FirstRowsProbe} prints the steps once the first
 * rows are painted, as {@code START_TRACE <epoch ms> <thread> <step>} lines, then the CPU time used by then as
 * {@code START_CPU <ms> <thread>} lines (each live thread, then the whole process). On 2 cores the start is bound by
 * the CPU of every thread, not only the FX thread's, which is why both are printed. Off, a mark costs one field read.
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

    /** Notes {@code step} once the FX thread has handled the events queued before now (call on the FX thread). */
    static void markWhenQueueHandled(String step) {
        if (ON) {
            Platform.runLater(() -> mark(step));
        }
    }

    /** Prints the steps noted so far, and the CPU time each thread has used (Linux). */
    static void print() {
        if (ON) {
            MARKS.forEach(line -> System.out.println("START_TRACE " + line));
            threadCpu().forEach(line -> System.out.println("START_CPU " + line));
        }
    }

    /** "ms thread" for each of this process's threads that used CPU, from {@code /proc/self/task}. */
    private static List<String> threadCpu() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            List<String> lines = new ArrayList<>(tasks.map(StartTrace::cpuOf)
                    .filter(line -> !line.startsWith("0 "))
                    .toList());
            // the process's own figure also counts the threads that have ended (the early start's, the sandbox's)
            lines.add(cpuOf(Path.of("/proc/self")).replaceFirst(" .*", " all threads, ended ones included"));
            return lines;
        } catch (IOException | UncheckedIOException notLinux) {
            return List.of();
        }
    }

    private static String cpuOf(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return ticks * 10 + " " + name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
