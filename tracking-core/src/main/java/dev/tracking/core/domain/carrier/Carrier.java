package dev.tracking.core.domain.carrier;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.identifier.CarrierCode;
import java.util.Objects;

/**
 * An airline the platform tracks cargo with. Identified by its designator; its AWB prefix is unique too.
 *
 * @param trackingEndpoint may be null when status updates arrive by other means
 * @param version          optimistic-lock version (1 after the first insert)
 */
public record Carrier(CarrierCode code, String name, TrackingEndpoint trackingEndpoint, boolean active,
        long version) {

    public Carrier {
        Objects.requireNonNull(code, "code");
        name = Check.requiredText(name, "name", 200);
    }

    public String designator() {
        return code.designator();
    }

    public Carrier withVersion(long newVersion) {
        return new Carrier(code, name, trackingEndpoint, active, newVersion);
    }
}
