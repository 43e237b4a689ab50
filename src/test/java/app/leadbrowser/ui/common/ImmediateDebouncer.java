package app.leadbrowser.ui.common;

/** Runs each action at once: tests that do not care about the quiet time. */
public final class ImmediateDebouncer implements Debouncer {
    @Override
    public void submit(Runnable action) {
        action.run();
    }

    @Override
    public void cancel() {}
}
