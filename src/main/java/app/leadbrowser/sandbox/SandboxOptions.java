package app.leadbrowser.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link SandboxServer}: the port (0 picks a free one), the number of demo leads and the seed that
 * generates them, the latency and fault knobs, the app id and token the server accepts, and the clock its "now"
 * starts from.
 */
public record SandboxOptions(
        int port,
        int leads,
        long seed,
        Duration latency,
        Duration jitter,
        double faultRate,
        String appId,
        String token,
        Clock clock) {

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535 (was " + port + ")");
        }
        if (leads < 0) {
            throw new IllegalArgumentException("leads must not be negative (was " + leads + ")");
        }
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(jitter, "jitter");
        if (latency.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("latency and jitter must not be negative");
        }
        if (!(faultRate >= 0 && faultRate <= 1)) {
            throw new IllegalArgumentException("faultRate must be between 0 and 1 (was " + faultRate + ")");
        }
        if (appId == null || appId.isBlank() || !appId.chars().allMatch(Character::isDigit) || appId.length() > 18) {
            throw new IllegalArgumentException("appId must be a number of at most 18 digits");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be empty");
        }
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Port 0, 12,000 leads, seed 42, no latency, jitter or faults, app 100, token {@code sandbox-demo-token}, the
     * system clock.
     */
    public static SandboxOptions defaults() {
        return new SandboxOptions(
                0, 12_000, 42, Duration.ZERO, Duration.ZERO, 0, "100", "sandbox-demo-token", Clock.systemUTC());
    }

    public SandboxOptions withPort(int value) {
        return new SandboxOptions(value, leads, seed, latency, jitter, faultRate, appId, token, clock);
    }

    public SandboxOptions withLeads(int value) {
        return new SandboxOptions(port, value, seed, latency, jitter, faultRate, appId, token, clock);
    }

    public SandboxOptions withSeed(long value) {
        return new SandboxOptions(port, leads, value, latency, jitter, faultRate, appId, token, clock);
    }

    /** A fixed latency per request plus a random extra between zero and {@code jitterValue}. */
    public SandboxOptions withLatency(Duration latencyValue, Duration jitterValue) {
        return new SandboxOptions(port, leads, seed, latencyValue, jitterValue, faultRate, appId, token, clock);
    }

    /** The share (0..1) of requests answered with a random fault instead of the answer. */
    public SandboxOptions withFaultRate(double value) {
        return new SandboxOptions(port, leads, seed, latency, jitter, value, appId, token, clock);
    }

    public SandboxOptions withToken(String value) {
        return new SandboxOptions(port, leads, seed, latency, jitter, faultRate, appId, value, clock);
    }

    public SandboxOptions withAppId(String value) {
        return new SandboxOptions(port, leads, seed, latency, jitter, faultRate, value, token, clock);
    }

    /** The clock the server's "now" starts from (a test's fixed clock); the server can still advance it. */
    public SandboxOptions withClock(Clock value) {
        return new SandboxOptions(port, leads, seed, latency, jitter, faultRate, appId, token, value);
    }

    @Override
    public String toString() {
        return "SandboxOptions[port=" + port + ", leads=" + leads + ", seed=" + seed + ", latency=" + latency
                + ", jitter=" + jitter + ", faultRate=" + faultRate + ", appId=" + appId + ", token=<hidden>]";
    }
}
