package app.leadbrowser.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A way the sandbox can misbehave on one request, for tests of the client's error handling and retries. */
public sealed interface Fault {

    /** Answer with this HTTP status and its error envelope (e.g. 500 {@code Error500}, 502, 503). */
    static Fault status(int status) {
        return new Status(status);
    }

    /** 429 {@code TooManyRequests} with {@code Retry-After} in whole seconds (rounded up). */
    static Fault rateLimited(Duration retryAfter) {
        return new RateLimited(Optional.of(retryAfter));
    }

    /** 429 {@code TooManyRequests} without {@code Retry-After}. */
    static Fault rateLimitedNoHeader() {
        return new RateLimited(Optional.empty());
    }

    /** Say nothing for this long, then answer normally (unless the client gave up, or the server closed). */
    static Fault stall(Duration duration) {
        return new Stall(duration);
    }

    /** Drop the connection without answering. */
    static Fault reset() {
        return new Reset();
    }

    /** Send the status, the headers and half the body of the real answer, then drop the connection. */
    static Fault truncatedBody() {
        return new TruncatedBody();
    }

    /** Answer 200 with a body that is not valid JSON. */
    static Fault malformedJson() {
        return new MalformedJson();
    }

    record Status(int status) implements Fault {
        public Status {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("a fault status is 4xx or 5xx (was " + status + ")");
            }
        }
    }

    record RateLimited(Optional<Duration> retryAfter) implements Fault {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** The {@code Retry-After} header value: whole seconds, rounded up. */
        Optional<String> header() {
            return retryAfter.map(d -> Long.toString((d.toMillis() + 999) / 1000));
        }
    }

    record Stall(Duration duration) implements Fault {
        public Stall {
            Objects.requireNonNull(duration, "duration");
        }
    }

    record Reset() implements Fault {}

    record TruncatedBody() implements Fault {}

    record MalformedJson() implements Fault {}
}
