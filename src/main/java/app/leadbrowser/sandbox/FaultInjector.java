package app.leadbrowser.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The runtime knobs of the sandbox: latency (fixed plus random jitter) for every request, a share of requests
 * answered with a random fault, and a scripted queue of faults for the next requests, which goes first. Random
 * draws come from the server's seed, so the same seed gives the same sequence of faults and delays.
 */
public final class FaultInjector {
    /** How long a random stall lasts by default: past the client's default 30 s read timeout. */
    public static final Duration DEFAULT_RANDOM_STALL = Duration.ofSeconds(35);

    private final Deque<Fault> scripted = new ArrayDeque<>();
    private final Random random;
    private Duration latency;
    private Duration jitter;
    private double faultRate;
    private Duration randomStall = DEFAULT_RANDOM_STALL;

    FaultInjector(long seed, Duration latency, Duration jitter, double faultRate) {
        this.random = new Random(seed);
        setLatency(latency, jitter);
        setFaultRate(faultRate);
    }

    /** Every request waits {@code fixed} plus a random share of {@code jitter} before it is handled. */
    public synchronized void setLatency(Duration fixed, Duration jitter) {
        if (fixed.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("latency and jitter must not be negative");
        }
        this.latency = fixed;
        this.jitter = jitter;
    }

    /**
     * The share (0..1) of requests that get a random fault: 429 with and without Retry-After, 500, 502, 503, a
     * stall (see {@link #setRandomStall}), a dropped connection or a truncated body.
     */
    public synchronized void setFaultRate(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("the fault rate must be between 0 and 1 (was " + p + ")");
        }
        this.faultRate = p;
    }

    /** How long a random stall lasts; by default {@link #DEFAULT_RANDOM_STALL}. */
    public synchronized void setRandomStall(Duration duration) {
        this.randomStall = Objects.requireNonNull(duration, "duration");
    }

    /** Applies these faults, in order, to the next requests (before any random fault). */
    public synchronized void enqueue(Fault... faults) {
        scripted.addAll(List.of(faults));
    }

    /** The scripted faults not used yet. */
    public synchronized int pending() {
        return scripted.size();
    }

    /** Drops the scripted faults and turns random faults and latency off. */
    public synchronized void clear() {
        scripted.clear();
        faultRate = 0;
        latency = Duration.ZERO;
        jitter = Duration.ZERO;
    }

    /** The fault for the next request: the next scripted one, else a random one at the fault rate, else none. */
    synchronized Optional<Fault> next() {
        if (!scripted.isEmpty()) {
            return Optional.of(scripted.poll());
        }
        if (faultRate == 0 || random.nextDouble() >= faultRate) {
            return Optional.empty();
        }
        return Optional.of(
                switch (random.nextInt(8)) {
                    case 0 -> Fault.rateLimited(Duration.ofSeconds(1));
                    case 1 -> Fault.rateLimitedNoHeader();
                    case 2 -> Fault.status(500);
                    case 3 -> Fault.status(502);
                    case 4 -> Fault.status(503);
                    case 5 -> Fault.stall(randomStall);
                    case 6 -> Fault.reset();
                    default -> Fault.truncatedBody();
                });
    }

    /** The wait before handling the next request. */
    synchronized Duration nextDelay() {
        if (jitter.isZero()) {
            return latency;
        }
        return latency.plusNanos((long) (random.nextDouble() * jitter.toNanos()));
    }
}
