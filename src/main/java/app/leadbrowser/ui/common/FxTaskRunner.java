package app.leadbrowser.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The production runner: a small pool of daemon threads; results come back with {@code Platform.runLater}. Work
 * asked for once it is closed (the window closing while an answer lands) is dropped: neither callback runs.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public FxTaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future;
        try {
            future = submit(work, onSuccess, onFailure, cancelled);
        } catch (RejectedExecutionException closed) {
            return () -> {}; // asked for while the window closes (e.g. a prefetch after the last page): dropped
        }
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    private <T> Future<?> submit(
            Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, AtomicBoolean cancelled) {
        return executor.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable failure) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
