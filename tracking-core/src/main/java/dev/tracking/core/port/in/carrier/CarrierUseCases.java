package dev.tracking.core.port.in.carrier;

import dev.tracking.core.domain.carrier.Carrier;
import java.util.List;

/** Managing the airlines the platform knows. */
public interface CarrierUseCases {

    /** @throws dev.tracking.core.domain.common.DuplicateException when the designator or AWB prefix is taken */
    Carrier register(RegisterCarrierCommand command);

    /** @throws dev.tracking.core.domain.common.VersionConflictException when the expected version is stale */
    Carrier update(UpdateCarrierCommand command);

    /** @throws dev.tracking.core.domain.common.NotFoundException when no carrier has the designator */
    Carrier get(String designator);

    /** All carriers by designator. */
    List<Carrier> list();
}
