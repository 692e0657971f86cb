package dev.tracking.core.port.out;

import dev.tracking.core.domain.carrier.Carrier;
import java.util.List;
import java.util.Optional;

/** Stores carriers. Implementations must pass {@code CarrierRepositoryContract}. */
public interface CarrierRepository {

    /**
     * Stores a new carrier at version 1.
     *
     * @throws dev.tracking.core.domain.common.DuplicateException when the designator (field {@code designator}) or the
     *                                                            AWB prefix (field {@code awbPrefix}) is taken
     */
    Carrier insert(Carrier carrier);

    /** Stores a changed carrier (name, endpoint, active) when its version is current. */
    Carrier update(Carrier carrier);

    Optional<Carrier> findByDesignator(String designator);

    Optional<Carrier> findByAwbPrefix(String awbPrefix);

    /** All carriers by designator. */
    List<Carrier> findAll();
}
