package app.leadbrowser.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX clock; call it on the FX thread, the action runs there too. */
public final class FxDebouncer implements Debouncer {
    private final Duration quietTime;
    private PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration quietTime) {
        this.quietTime = quietTime;
    }

    @Override
    public void submit(Runnable action) {
        pending = action;
        pause().playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        if (pause != null) {
            pause.stop();
        }
    }

    // Created on first use: an animation needs the FX toolkit, and a ViewModel holding this debouncer may be
    // built where there is none (tests that never type).
    private PauseTransition pause() {
        if (pause == null) {
            pause = new PauseTransition(quietTime);
            pause.setOnFinished(e -> {
                Runnable action = pending;
                pending = null;
                if (action != null) {
                    action.run();
                }
            });
        }
        return pause;
    }
}
