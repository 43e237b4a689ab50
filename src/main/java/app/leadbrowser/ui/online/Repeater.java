package app.leadbrowser.ui.online;

import java.time.Duration;

/**
 * Runs an action again and again at a fixed interval until stopped. Production uses {@link FxRepeater}; tests tick
 * it themselves, without the FX toolkit or waiting.
 */
public interface Repeater {

    /** Runs {@code action} every {@code interval} from now on (the first time after one interval). */
    void start(Duration interval, Runnable action);

    /** Stops the action; nothing runs after this until the next {@link #start}. */
    void stop();
}
