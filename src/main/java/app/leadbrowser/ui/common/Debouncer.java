package app.leadbrowser.ui.common;

/**
 * Runs an action once input has been quiet for a while: each {@link #submit} replaces the action still waiting.
 * Production uses {@link FxDebouncer}; tests use one that runs at once or on demand, without the FX toolkit.
 */
public interface Debouncer {

    /** Schedules {@code action}, dropping any action submitted before that has not run yet. */
    void submit(Runnable action);

    /** Drops the action waiting, if any. */
    void cancel();
}
