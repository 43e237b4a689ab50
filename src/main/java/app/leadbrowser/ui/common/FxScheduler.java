package app.leadbrowser.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** A {@link Scheduler} on the JavaFX clock; call it on the FX thread, the action runs there too. */
public final class FxScheduler implements Scheduler {

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
