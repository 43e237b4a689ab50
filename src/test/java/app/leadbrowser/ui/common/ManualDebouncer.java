package app.leadbrowser.ui.common;

/** Holds the last action until the test says the quiet time is over: proves nothing runs while typing. */
public final class ManualDebouncer implements Debouncer {
    private Runnable pending;

    @Override
    public void submit(Runnable action) {
        pending = action;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    public boolean hasPending() {
        return pending != null;
    }

    /** Runs the waiting action, as the end of the quiet time would. */
    public void elapse() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
