package app.leadbrowser.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: ViewModel tests without the FX toolkit. */
public final class SyncTaskRunner implements TaskRunner {
    @Override
    public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return () -> {};
        }
        onSuccess.accept(result);
        return () -> {};
    }
}
