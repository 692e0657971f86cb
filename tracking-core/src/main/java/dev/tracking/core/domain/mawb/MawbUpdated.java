package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.DomainEvent;
import java.time.Instant;

/** A user changed a MAWB's details. */
public record MawbUpdated(Mawb before, Mawb after, Instant at, String actor) implements DomainEvent {
}
