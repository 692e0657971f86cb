package dev.tracking.scheduler;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition by polling it, with a timeout: no fixed sleeps in assertions. */
final class Await {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        until(what, condition, DEFAULT_TIMEOUT);
    }

    static void until(String what, BooleanSupplier condition, Duration timeout) {
        until(what, condition, timeout, Duration.ofMillis(2));
    }

    /** Checks every {@code period} (longer for conditions that query a database). */
    static void until(String what, BooleanSupplier condition, Duration timeout, Duration period) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            try {
                Thread.sleep(period.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
    }
}
