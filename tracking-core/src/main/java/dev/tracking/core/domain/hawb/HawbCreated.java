package dev.tracking.core.domain.hawb;

import dev.tracking.core.domain.common.DomainEvent;
import java.time.Instant;

public record HawbCreated(Hawb hawb, Instant at, String actor) implements DomainEvent {
}
