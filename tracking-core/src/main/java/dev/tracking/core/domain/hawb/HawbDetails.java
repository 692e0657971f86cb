package dev.tracking.core.domain.hawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;

/**
 * What a user states about a HAWB.
 *
 * @param notifyParty may be null
 * @param description goods description, up to 500 characters, may be null
 */
public record HawbDetails(Party shipper, Party consignee, Party notifyParty, int pieces, Weight weight,
        String description) {

    public static final int MAX_PIECES = 99_999;

    public HawbDetails {
        Check.start()
                .notNull(shipper, "shipper")
                .notNull(consignee, "consignee")
                .that(pieces > 0 && pieces <= MAX_PIECES, "pieces", "must be between 1 and " + MAX_PIECES)
                .notNull(weight, "weight")
                .that(description == null || description.length() <= 500, "description",
                        "must be at most 500 characters")
                .orThrow();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
