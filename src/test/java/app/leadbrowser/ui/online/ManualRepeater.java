package app.leadbrowser.ui.online;

import java.time.Duration;

/** A repeater the test ticks: proves when auto-refresh runs and when it is stopped, without waiting. */
final class ManualRepeater implements Repeater {
    private Runnable action;
    private Duration interval;
    private int starts;

    @Override
    public void start(Duration every, Runnable tick) {
        interval = every;
        action = tick;
        starts++;
    }

    @Override
    public void stop() {
        action = null;
    }

    boolean isRunning() {
        return action != null;
    }

    Duration interval() {
        return interval;
    }

    int starts() {
        return starts;
    }

    /** One interval has passed. */
    void tick() {
        if (action != null) {
            action.run();
        }
    }
}
