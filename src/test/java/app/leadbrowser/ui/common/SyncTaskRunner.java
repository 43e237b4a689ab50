package app.leadbrowser.ui.common;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * ViewModel tests without the FX toolkit: work runs at once on the calling thread, and its answer waits, as
 * {@link TaskRunner} promises, until the test calls {@link #deliverAll()} (the UI thread's next turn). A handle
 * cancelled before then drops its answer.
 */
public final class SyncTaskRunner implements TaskRunner {
    private final Queue<Runnable> answers = new ArrayDeque<>();

    @Override
    public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        Runnable answer;
        try {
            T result = work.call();
            answer = () -> onSuccess.accept(result);
        } catch (Throwable failure) {
            answer = () -> onFailure.accept(failure);
        }
        Runnable delivery = answer;
        answers.add(() -> {
            if (!cancelled[0]) {
                delivery.run();
            }
        });
        return () -> cancelled[0] = true;
    }

    /** Delivers every answer waiting, and those the answers' callbacks ask for, in order. */
    public void deliverAll() {
        while (!answers.isEmpty()) {
            answers.remove().run();
        }
    }

    /** How many answers wait to be delivered. */
    public int waiting() {
        return answers.size();
    }
}
