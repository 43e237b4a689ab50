package app.leadbrowser.ui.common;

import java.time.Duration;

/**
 * Runs an action on the UI thread after a delay. ViewModels that act on a timer depend on this interface only:
 * production uses {@link FxScheduler}, tests one whose clock they move by hand, so nothing waits.
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code action} once, {@code delay} from now, unless the returned handle is cancelled first. */
    Scheduled schedule(Duration delay, Runnable action);

    /** A pending action. */
    @FunctionalInterface
    interface Scheduled {
        /** Drops the action if it has not run yet. */
        void cancel();
    }
}
