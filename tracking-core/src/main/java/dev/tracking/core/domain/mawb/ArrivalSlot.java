package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.identifier.AirportCode;
import java.time.Instant;

/** A MAWB's expected arrival, as the dashboard needs it: which MAWB, where, when. */
public record ArrivalSlot(MawbId mawbId, AirportCode destination, Instant eta) {
}
