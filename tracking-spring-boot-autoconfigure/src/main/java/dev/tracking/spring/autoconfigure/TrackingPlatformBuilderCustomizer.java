package dev.tracking.spring.autoconfigure;

import dev.tracking.core.TrackingPlatform;

/**
 * Adjusts the auto-configured {@link TrackingPlatform} before it is built (reminder policies, audit settings, anything
 * the properties do not cover). Customizer beans are applied in their {@code @Order}, after the properties.
 */
@FunctionalInterface
public interface TrackingPlatformBuilderCustomizer {

    /** Changes the builder. */
    void customize(TrackingPlatform.Builder builder);
}
