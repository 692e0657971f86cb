package dev.tracking.scheduler;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the claim loop before its poll interval is up; signals while it is busy make it claim again at once. */
final class Wakeup {

    private final Semaphore signals = new Semaphore(0);

    void signal() {
        if (signals.availablePermits() == 0) {
            signals.release();
        }
    }

    /** Waits for a signal or until {@code timeout}; forgets further signals given meanwhile. */
    void await(Duration timeout) throws InterruptedException {
        signals.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        signals.drainPermits();
    }
}
