package app.leadbrowser.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline: a bare JavaFX window; prints when its first frame was painted (same rule as the app's probe: the
 * pulse after the one that laid the content out). Like the app's {@code Launcher}, the main class is not the
 * {@link Application}, so it runs from the class path.
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            showAndReportFirstFrame(stage, new Scene(new StackPane(new Label("Hello")), 1280, 800));
        }
    }

    /**
     * Shows {@code scene}, prints when its first frame was painted and the RSS then, and exits; with
     * {@code -Dbench.stayOpen=true} the window stays (for a harness that watches the screen until it is still).
     */
    static void showAndReportFirstFrame(Stage stage, Scene scene) {
        int[] pulses = {0};
        scene.addPostLayoutPulseListener(() -> {
            if (++pulses[0] == 2) {
                System.out.println("FIRST_ROWS_EPOCH_MS=" + System.currentTimeMillis() + " RSS_KB=" + Stats.rssKb());
                System.out.flush();
                if (Boolean.getBoolean("bench.stayOpen")) {
                    return;
                }
                Runtime.getRuntime().halt(0);
            }
            Platform.requestNextPulse();
        });
        stage.setScene(scene);
        stage.show();
    }
}
