package app.leadbrowser.reliability;

import java.util.concurrent.atomic.AtomicInteger;

/** The fault suite's figures for the build's output: tries run, tries failed, time taken. */
final class SuiteFigures {
    private final String suite;
    private final long started = System.nanoTime();
    private final AtomicInteger tries = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();

    SuiteFigures(String suite) {
        this.suite = suite;
    }

    /** Call first in every try. */
    void tryStarted() {
        tries.incrementAndGet();
    }

    /** Call last in every try: a try that throws before it counts as failed. */
    void tryPassed() {
        passed.incrementAndGet();
    }

    void print() {
        System.out.printf(
                "Fault suite %s: %d tries, %d failed, %.1f s%n",
                suite, tries.get(), tries.get() - passed.get(), (System.nanoTime() - started) / 1e9);
    }
}
