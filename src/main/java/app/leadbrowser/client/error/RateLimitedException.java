package app.leadbrowser.client.error;

import java.time.Duration;
import java.util.Optional;

/** Too many requests (429 or {@code TooManyRequests}); {@code Retry-After} when the server gave one. */
public final class RateLimitedException extends ApiException {
    private final Duration retryAfter;

    public RateLimitedException(int httpStatus, String errorName, String message, Duration retryAfter) {
        super(httpStatus, errorName, message, null);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
