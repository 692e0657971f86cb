package dev.tracking.core.domain.hawb;

import dev.tracking.core.domain.common.DomainEvent;
import java.time.Instant;

public record HawbUpdated(Hawb before, Hawb after, Instant at, String actor) implements DomainEvent {
}
