package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.EquipmentId;
import java.util.Objects;

/**
 * A container or ULD the cargo travels in.
 *
 * @param sealNumber may be null
 */
public record Equipment(EquipmentId id, String sealNumber) {

    public Equipment {
        Objects.requireNonNull(id, "id");
        sealNumber = Check.optionalText(sealNumber, "sealNumber", 40);
    }

    public static Equipment of(EquipmentId id) {
        return new Equipment(id, null);
    }

    /** Ocean containers go back to the line empty; ULDs do not concern the forwarder. */
    public boolean isOceanContainer() {
        return id instanceof ContainerNumber;
    }
}
