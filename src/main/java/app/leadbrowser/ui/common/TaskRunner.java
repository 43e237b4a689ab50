package app.leadbrowser.ui.common;

import app.leadbrowser.client.http.ApiCall;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX application thread and hands the result back on it. ViewModels depend on this
 * interface only: production uses {@link FxTaskRunner}, tests a synchronous runner, so ViewModels are tested
 * without the FX toolkit.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; exactly one of the callbacks runs afterwards on the UI thread, unless
     * the returned handle was cancelled first, in which case neither does (a result nobody wants is dropped).
     */
    <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs an API call; cancelling the handle also aborts the HTTP request in flight. */
    default <T> RunningTask run(ApiCall<T> call, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        RunningTask task = run(call::execute, onSuccess, onFailure);
        return () -> {
            call.cancel();
            task.cancel();
        };
    }

    /** A handle on background work. */
    @FunctionalInterface
    interface RunningTask {
        /** Drops the result and stops the work where it can. Call on the UI thread. */
        void cancel();
    }
}
