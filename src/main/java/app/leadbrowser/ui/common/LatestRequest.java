package app.leadbrowser.ui.common;

import app.leadbrowser.client.error.CancelledException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.ui.common.TaskRunner.RunningTask;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * "The latest request wins": each request cancels the one before it (aborting its HTTP call), and only the latest
 * one's answer is delivered; an answer already on its way when it was cancelled is dropped by its generation. A
 * {@link CancelledException} never reaches {@code onFailure}. Use on the UI thread. {@link CachedLoader} adds a
 * cache and a prefetch on top.
 */
public final class LatestRequest {
    private final TaskRunner runner;
    private long generation;
    private RunningTask inFlight;

    public LatestRequest(TaskRunner runner) {
        this.runner = runner;
    }

    /** Work that starts itself and hands out its own handle (e.g. several requests worked out together). */
    @FunctionalInterface
    public interface Start<T> {
        RunningTask start(Consumer<T> onSuccess, Consumer<Throwable> onFailure);
    }

    /** Sends {@code call} in place of any request still running; its answer comes afterwards on the UI thread. */
    public <T> void run(ApiCall<T> call, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run((Start<T>) (success, failure) -> runner.run(call, success, failure), onSuccess, onFailure);
    }

    /** Runs {@code work} in the background in place of any request still running. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run((Start<T>) (success, failure) -> runner.run(work, success, failure), onSuccess, onFailure);
    }

    /** Starts {@code work} in place of any request still running. */
    public <T> void run(Start<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancel();
        long current = generation;
        inFlight = work.start(answer(current, onSuccess), failure(current, onFailure));
    }

    /** Stops the request running, if any: neither of its callbacks runs. */
    public void cancel() {
        generation++;
        if (inFlight != null) {
            RunningTask running = inFlight;
            inFlight = null;
            running.cancel();
        }
    }

    private <T> Consumer<T> answer(long current, Consumer<T> onSuccess) {
        return value -> {
            if (current == generation) {
                inFlight = null;
                onSuccess.accept(value);
            }
        };
    }

    private Consumer<Throwable> failure(long current, Consumer<Throwable> onFailure) {
        return failure -> {
            if (current == generation && !(failure instanceof CancelledException)) {
                inFlight = null;
                onFailure.accept(failure);
            }
        };
    }
}
