package app.leadbrowser.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's "now": a base clock (the system's, or a fixed one in tests) plus an offset that tests can
 * {@linkplain #advance advance} between two requests. Everything the sandbox dates or evaluates reads this clock,
 * so a test sees exactly the instant the server used.
 */
public final class SandboxClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public SandboxClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The system clock, in UTC. */
    public static SandboxClock system() {
        return new SandboxClock(Clock.systemUTC());
    }

    /** A clock that stands at {@code instant} until advanced. */
    public static SandboxClock fixedAt(Instant instant) {
        return new SandboxClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    /** Moves this clock on by {@code step} (not backwards: the server's time never runs back). */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("the sandbox's clock does not run back (" + step + ")");
        }
        offset.accumulateAndGet(step, Duration::plus);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox's clock is UTC");
    }
}
