package dev.tracking.core;

import dev.tracking.core.domain.common.TrackingException;
import java.util.List;

/** The platform was composed without some port it needs; {@link #missingPorts()} names every one. */
public final class PlatformConfigurationException extends TrackingException {

    private final List<String> missingPorts;

    PlatformConfigurationException(List<String> missingPorts) {
        super("TrackingPlatform cannot start without: " + String.join(", ", missingPorts));
        this.missingPorts = List.copyOf(missingPorts);
    }

    public List<String> missingPorts() {
        return missingPorts;
    }
}
