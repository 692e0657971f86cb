package dev.tracking.core.domain.event;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.measure.Weight;

/**
 * The pieces (and optionally weight) an event concerns, and whether that is the total consignment or a part.
 *
 * @param weight may be null when the report gives none
 */
public record ShipmentPortion(PortionType type, int pieces, Weight weight) {

    public ShipmentPortion {
        if (type == null) {
            throw new ValidationException("portion.type", "must be TOTAL or PART");
        }
        if (pieces <= 0 || pieces > 99_999) {
            throw new ValidationException("portion.pieces", "must be between 1 and 99999");
        }
    }
}
