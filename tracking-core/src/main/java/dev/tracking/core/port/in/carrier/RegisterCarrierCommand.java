package dev.tracking.core.port.in.carrier;

import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.identifier.CarrierCode;

/** Register an airline. {@code trackingEndpoint} may be null. */
public record RegisterCarrierCommand(CarrierCode code, String name, TrackingEndpoint trackingEndpoint,
        boolean active) {

    public RegisterCarrierCommand {
        Check.start().notNull(code, "code").orThrow();
        name = Check.requiredText(name, "name", 200);
    }
}
