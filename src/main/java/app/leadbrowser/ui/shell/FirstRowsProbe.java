package app.leadbrowser.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For the start-up benchmark ({@code bench/run}): started with {@code -Dleadbrowser.exitOnFirstRows=true}, the app
 * prints the wall-clock time at which the first rows of the table were painted, then quits. A frame counts as
 * painted when the pulse after the one that laid it out begins (the renderer finishes a frame first).
 *
 * <p>It also prints where the time went (epoch milliseconds): the window's own first frame painted (as the bare
 * window's is measured), the workspace opened (its session made), and the first page in the ViewModel. With
 * {@code -Dleadbrowser.exitOnFirstRows.lingerMs=N} it quits N ms later instead of at once: the training run that
 * lists the start-up classes for class-data sharing ({@code packaging/linux/class-list.sh}) lingers so that the
 * panes built after the first rows are listed too.
 */
final class FirstRowsProbe {
    static final String PROPERTY = "leadbrowser.exitOnFirstRows";
    private static final String LINGER_PROPERTY = PROPERTY + ".lingerMs";

    private int pulses;
    private long windowPainted;
    private long sessionOpened;
    private long rowsInViewModel;
    private boolean reported;

    private FirstRowsProbe() {}

    /** Installs the probe on {@code stage}'s scene when the property asks for it; otherwise does nothing. */
    static void installIfAsked(Stage stage, MainWindowViewModel vm) {
        if (Boolean.getBoolean(PROPERTY)) {
            new FirstRowsProbe().install(stage.getScene(), vm);
        }
    }

    private void install(Scene scene, MainWindowViewModel vm) {
        vm.sessionProperty().addListener((obs, old, session) -> {
            if (sessionOpened == 0) {
                sessionOpened = System.currentTimeMillis();
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            if (++pulses == 2) {
                windowPainted = System.currentTimeMillis();
            }
            if (rowsInViewModel != 0) {
                report();
                return;
            }
            WorkspaceSession session = vm.getSession();
            if (session != null && !session.leadTable().getRows().isEmpty()) {
                rowsInViewModel = System.currentTimeMillis();
            }
            if (pulses == 1 || rowsInViewModel != 0) {
                Platform.requestNextPulse(); // the pulse that tells the frame laid out now was painted
            }
        });
    }

    private void report() {
        if (reported) {
            return;
        }
        reported = true;
        // ProcessHandle rather than the RuntimeMXBean: the app image's runtime has no java.management module
        long processStart = ProcessHandle.current()
                .info()
                .startInstant()
                .map(Instant::toEpochMilli)
                .orElse(-1L);
        System.out.println("FIRST_ROWS_EPOCH_MS=" + System.currentTimeMillis() + " PROCESS_START_EPOCH_MS="
                + processStart + " RSS_KB=" + rssKb() + " WINDOW_PAINTED_EPOCH_MS=" + windowPainted
                + " SESSION_EPOCH_MS=" + sessionOpened + " ROWS_IN_VIEWMODEL_EPOCH_MS=" + rowsInViewModel);
        System.out.flush();
        long lingerMs = Long.getLong(LINGER_PROPERTY, 0);
        if (lingerMs <= 0) {
            Runtime.getRuntime().halt(0);
        }
        Thread quit = new Thread(
                () -> {
                    try {
                        Thread.sleep(lingerMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(0);
                },
                "first-rows-probe-exit");
        quit.setDaemon(true);
        quit.start();
    }

    private static long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (Exception notLinux) {
            return -1;
        }
    }
}
