package app.leadbrowser.client.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When GETs are tried again: on connection errors, 5xx and 429, at most {@code maxAttempts} tries in all, waiting
 * an exponential backoff with jitter (half to all of {@code baseDelay × 2^(n-1)}, capped at {@code maxDelay}), or
 * the server's {@code Retry-After} on 429 when it gives one. A Retry-After longer than {@code maxRetryAfter} is
 * not waited out: the call fails at once with the wait, for the caller to show.
 */
public record RetryPolicy(
        int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter, DoubleSupplier random) {

    public static RetryPolicy defaults() {
        return new RetryPolicy(
                3,
                Duration.ofMillis(300),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, () -> 0);
    }

    /** The wait after failed try number {@code attempt} (from 1). */
    public Duration backoff(int attempt) {
        long exponential = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + 0.5 * random.getAsDouble())));
    }
}
