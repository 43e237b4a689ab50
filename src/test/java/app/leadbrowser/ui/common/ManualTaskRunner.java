package app.leadbrowser.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A runner the test drives: work waits until the test completes it, in any order. Completing a task whose
 * handle was cancelled still delivers its result, as a result already on its way to the FX thread would: the
 * ViewModel's own generation check must drop it.
 */
public final class ManualTaskRunner implements TaskRunner {
    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Pending<T> task = new Pending<>(work, onSuccess, onFailure);
        pending.add(task);
        return () -> task.cancelled = true;
    }

    /** How many tasks were started and not yet completed. */
    public int pendingCount() {
        return pending.size();
    }

    /** Whether the task at {@code index} (in start order among those pending) was cancelled. */
    public boolean isCancelled(int index) {
        return pending.get(index).cancelled;
    }

    /** Runs the task at {@code index} and delivers its result, cancelled or not. */
    public void complete(int index) {
        pending.remove(index).runAndDeliver();
    }

    /** Completes every pending task in start order. */
    public void completeAll() {
        while (!pending.isEmpty()) {
            complete(0);
        }
    }

    private static final class Pending<T> {
        final Callable<T> work;
        final Consumer<T> onSuccess;
        final Consumer<Throwable> onFailure;
        boolean cancelled;

        Pending(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void runAndDeliver() {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                onFailure.accept(failure);
                return;
            }
            onSuccess.accept(result);
        }
    }
}
