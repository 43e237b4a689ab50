package app.leadbrowser.ui.common;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs work on background threads at once, as production does, but holds each answer until the test delivers it on
 * its own thread, in the order the answers arrived. Cancelling a handle does not stop the delivery, as an answer
 * already on its way to the FX thread would not stop: the ViewModel's own check must drop it.
 */
public final class QueuedDeliveryTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "queued-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private int started;

    /** One answer: which task (numbered from 0 in start order), whether it failed, and how to deliver it. */
    public record Arrival(int task, Throwable failure, Runnable deliver) {}

    @Override
    public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        int task = started++;
        executor.submit(() -> {
            try {
                T result = work.call();
                arrivals.add(new Arrival(task, null, () -> onSuccess.accept(result)));
            } catch (Throwable failure) {
                arrivals.add(new Arrival(task, failure, () -> onFailure.accept(failure)));
            }
        });
        return () -> {};
    }

    /** Waits for the next answer to arrive and delivers it on the calling thread. */
    public Arrival deliverNext(Duration timeout) throws InterruptedException {
        Arrival arrival = next(timeout);
        arrival.deliver().run();
        return arrival;
    }

    /** Waits for the next answer to arrive and returns it undelivered: the test delivers it when it chooses. */
    public Arrival next(Duration timeout) throws InterruptedException {
        Arrival arrival = arrivals.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (arrival == null) {
            throw new AssertionError("no answer arrived within " + timeout);
        }
        return arrival;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
