package app.leadbrowser.client.http;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.CancelledException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.HttpUrl;

/**
 * One API request, ready to run. {@link #execute()} blocks, with retries, and may run once; {@link #cancel()}
 * may be called from any thread at any time: it aborts the request in flight or the wait before a retry, and
 * {@code execute()} then throws {@link CancelledException}.
 */
public final class ApiCall<T> {
    private final Transport transport;
    private final HttpUrl url;
    private final ResponseReader<T> reader;
    private final AtomicReference<Call> inFlight = new AtomicReference<>();
    private final Object waitLock = new Object();
    private volatile boolean cancelled;
    private Thread waitingThread;

    ApiCall(Transport transport, HttpUrl url, ResponseReader<T> reader) {
        this.transport = transport;
        this.url = url;
        this.reader = reader;
    }

    /** Sends the request (trying again as the retry policy allows) and returns the decoded answer. */
    public T execute() throws ApiException {
        return transport.execute(this);
    }

    /** Stops this call: the request in flight is aborted and no retry follows. */
    public void cancel() {
        cancelled = true;
        Call call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
        synchronized (waitLock) {
            if (waitingThread != null) {
                waitingThread.interrupt();
            }
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** A call for the same request whose answer is passed through {@code then}; use before executing. */
    public <R> ApiCall<R> map(ResultMapper<T, R> then) {
        return new ApiCall<>(transport, url, envelope -> then.apply(reader.read(envelope)));
    }

    /** Turns one result into another. */
    @FunctionalInterface
    public interface ResultMapper<T, R> {
        R apply(T value) throws java.io.IOException;
    }

    HttpUrl url() {
        return url;
    }

    ResponseReader<T> reader() {
        return reader;
    }

    void attach(Call call) throws CancelledException {
        inFlight.set(call);
        if (cancelled) {
            call.cancel();
            throw new CancelledException();
        }
    }

    /** Waits before a retry in a way {@link #cancel()} can interrupt. */
    void waitBeforeRetry(Sleeper sleeper, java.time.Duration delay) throws CancelledException {
        synchronized (waitLock) {
            if (cancelled) {
                throw new CancelledException();
            }
            waitingThread = Thread.currentThread();
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            if (!cancelled) {
                Thread.currentThread().interrupt();
            }
            throw new CancelledException();
        } finally {
            synchronized (waitLock) {
                waitingThread = null;
                if (cancelled) {
                    Thread.interrupted(); // the interrupt was ours; do not leak it to the caller's thread
                }
            }
        }
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
