package dev.tracking.scheduler;

import java.time.Duration;

/**
 * Hears what the engine does, to count and time it. Every method has a default that does nothing, so an
 * implementation overrides what it records. {@link MicrometerSchedulerMetrics} records into a Micrometer registry;
 * this interface itself needs no Micrometer, which is an optional dependency of this module.
 *
 * <p>Methods are called on the engine's threads, several at once: implementations must be thread-safe and quick, and
 * must not throw.
 */
public interface SchedulerMetrics {

    /** Records nothing. */
    static SchedulerMetrics none() {
        return NoSchedulerMetrics.INSTANCE;
    }

    /** The instance started; {@code view} stays live until {@link #unbind}. */
    default void bind(SchedulerView view) {
    }

    /** The instance stopped (or crashed). */
    default void unbind(SchedulerView view) {
    }

    /** The instance claimed {@code count} jobs of {@code type}. */
    default void claimed(String type, int count) {
    }

    /** An attempt of a job of {@code type} ended; {@code handlerTime} is how long its handler ran. */
    default void finished(String type, JobOutcome outcome, Duration handlerTime) {
    }

    /** The instance took back {@code count} jobs whose lease had expired (their instance died). */
    default void leasesRecovered(int count) {
    }

    /** The instance found that it no longer held {@code count} of its jobs (another took them over). */
    default void leasesLost(int count) {
    }
}
