package dev.tracking.core.application;

import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.MawbRepository;

/** Finds the MAWB or HAWB a reference points at. */
final class ShipmentLookup {

    private final MawbRepository mawbs;
    private final HawbRepository hawbs;

    ShipmentLookup(MawbRepository mawbs, HawbRepository hawbs) {
        this.mawbs = mawbs;
        this.hawbs = hawbs;
    }

    boolean exists(ShipmentRef ref) {
        return switch (ref.kind()) {
            case MAWB -> mawbs.findById(ref.mawbId()).isPresent();
            case HAWB -> hawbs.findById(ref.hawbId()).isPresent();
        };
    }

    void requireExists(ShipmentRef ref) {
        if (!exists(ref)) {
            throw notFound(ref);
        }
    }

    static NotFoundException notFound(ShipmentRef ref) {
        return new NotFoundException(ref.kind().name(), ref.id());
    }
}
