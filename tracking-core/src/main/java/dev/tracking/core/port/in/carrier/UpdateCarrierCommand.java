package dev.tracking.core.port.in.carrier;

import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.Check;

/** Change a carrier's name, tracking endpoint and whether it is active. Its codes never change. */
public record UpdateCarrierCommand(String designator, long expectedVersion, String name,
        TrackingEndpoint trackingEndpoint, boolean active) {

    public UpdateCarrierCommand {
        designator = Check.requiredText(designator, "designator", 2).toUpperCase(java.util.Locale.ROOT);
        name = Check.requiredText(name, "name", 200);
        Check.start().that(expectedVersion > 0, "expectedVersion", "must be the version read, 1 or more").orThrow();
    }
}
