package app.leadbrowser.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline: a bare JavaFX window; prints when its first frame was painted (same rule as the app's probe). */
public final class BareWindow extends Application {
    private int pulses;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1200, 800);
        scene.addPostLayoutPulseListener(() -> {
            if (++pulses == 2) {
                System.out.println("FIRST_ROWS_EPOCH_MS=" + System.currentTimeMillis() + " JVM_START_EPOCH_MS="
                        + ManagementFactory.getRuntimeMXBean().getStartTime() + " RSS_KB=" + Stats.rssKb());
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
            Platform.requestNextPulse();
        });
        stage.setScene(scene);
        stage.show();
    }
}
