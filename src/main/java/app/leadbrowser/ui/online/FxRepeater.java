package app.leadbrowser.ui.online;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** A {@link Repeater} on the JavaFX clock; call it on the FX thread, the action runs there too. */
public final class FxRepeater implements Repeater {
    private Timeline timeline;

    @Override
    public void start(Duration interval, Runnable action) {
        stop();
        timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis()), event -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
