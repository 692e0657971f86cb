package dev.tracking.benchmarks;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.port.out.TrackingPersistence;

/** A platform and the adapter under it; closing it releases what the adapter built (not the data source). */
public record ComposedPlatform(TrackingPlatform platform, TrackingPersistence persistence) implements AutoCloseable {

    @Override
    public void close() {
        Adapter.close(persistence);
    }
}
