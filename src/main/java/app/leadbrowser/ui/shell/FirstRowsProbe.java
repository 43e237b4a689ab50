package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.leads.LeadRowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * For the start-up benchmark ({@code bench/run}): started with {@code -Dleadbrowser.exitOnFirstRows=true}, the app
 * prints the wall-clock time at which the first rows of the table were painted, then quits. A frame counts as
 * painted when the pulse after the one that laid it out begins (the renderer finishes a frame first).
 *
 * <p>It also prints where the time went (epoch milliseconds): the window's own first frame painted (as the bare
 * window's is measured), the workspace opened (its session made), and the first page in the ViewModel.
 *
 * <p>With {@code -Dleadbrowser.training=true} (the AOT cache's training run, {@code packaging/linux/aot-cache.sh})
 * it goes on after the first rows as a user would, so that those paths start warm too: a quick search (a filter
 * applied), the first lead's card, the walk to the next lead, the next page; then it quits.
 */
final class FirstRowsProbe {
    static final String PROPERTY = "leadbrowser.exitOnFirstRows";
    static final String TRAINING_PROPERTY = "leadbrowser.training";
    /** Each step's wait for the one before (a page or card from the demo sandbox takes ~0.1-0.5 s on 2 busy cores). */
    private static final Duration TRAINING_STEP = Duration.seconds(1.5);

    private int pulses;
    private long windowPainted;
    private long sessionOpened;
    private long rowsInViewModel;
    private boolean reported;

    private FirstRowsProbe() {}

    /** Installs the probe on {@code stage}'s scene when the property asks for it; otherwise does nothing. */
    static void installIfAsked(Stage stage, MainWindowViewModel vm) {
        if (Boolean.getBoolean(PROPERTY) || Boolean.getBoolean(TRAINING_PROPERTY)) {
            new FirstRowsProbe().install(stage.getScene(), vm);
        }
    }

    private Scene scene;
    private MainWindowViewModel vm;

    private void install(Scene scene, MainWindowViewModel vm) {
        this.scene = scene;
        this.vm = vm;
        vm.sessionProperty().addListener((obs, old, session) -> {
            if (sessionOpened == 0) {
                sessionOpened = System.currentTimeMillis();
                StartTrace.mark("session shown");
                session.leadTable().getRows().addListener((InvalidationListener) rows -> {
                    StartTrace.mark("rows set");
                    StartTrace.markWhenQueueHandled("the FX events queued when the rows were set handled");
                });
            }
        });
        scene.addPreLayoutPulseListener(() -> StartTrace.mark("pulse " + (pulses + 1) + " begins"));
        scene.addPostLayoutPulseListener(() -> {
            StartTrace.mark("pulse " + (pulses + 1) + " laid out");
            StartTrace.markWhenQueueHandled("the FX events queued by pulse " + (pulses + 1) + "'s layout handled");
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
                StartTrace.mark("first page in the ViewModel");
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
        StartTrace.print();
        System.out.flush();
        if (!Boolean.getBoolean(TRAINING_PROPERTY)) {
            Runtime.getRuntime().halt(0);
        }
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("quick search", this::quickSearch);
        steps.put("first card", this::openFirstCard);
        steps.put("next lead", () -> vm.getSession().walk().next());
        steps.put("next page", () -> vm.getSession().leadTable().nextPage());
        Timeline training = new Timeline();
        int at = 0;
        for (Map.Entry<String, Runnable> step : steps.entrySet()) {
            training.getKeyFrames().add(new KeyFrame(TRAINING_STEP.multiply(at++), event -> {
                System.out.println("TRAINING_STEP=" + step.getKey() + " ROWS_SHOWN="
                        + vm.getSession().leadTable().getRows().size());
                step.getValue().run();
            }));
        }
        // halt, as at the end of a benchmark run: the JVM still writes the AOT cache on its way out
        training.getKeyFrames().add(new KeyFrame(TRAINING_STEP.multiply(at), event -> Runtime.getRuntime()
                .halt(0)));
        training.play();
    }

    private void quickSearch() {
        if (scene.lookup("#quickSearch") instanceof TextInputControl field) {
            field.setText("a");
        }
    }

    private void openFirstCard() {
        List<LeadRowViewModel> rows = vm.getSession().leadTable().getRows();
        if (!rows.isEmpty()) {
            vm.getSession().leadTable().select(rows.get(0));
        }
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
