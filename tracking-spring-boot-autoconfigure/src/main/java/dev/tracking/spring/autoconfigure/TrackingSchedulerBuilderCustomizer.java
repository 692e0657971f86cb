package dev.tracking.spring.autoconfigure;

import dev.tracking.scheduler.TrackingScheduler;

/**
 * Adjusts the auto-configured {@link TrackingScheduler} before it is built (a backoff per job type, recurring jobs,
 * anything the properties do not cover). Customizer beans are applied in their {@code @Order}, after the properties.
 */
@FunctionalInterface
public interface TrackingSchedulerBuilderCustomizer {

    /** Changes the builder. */
    void customize(TrackingScheduler.Builder builder);
}
