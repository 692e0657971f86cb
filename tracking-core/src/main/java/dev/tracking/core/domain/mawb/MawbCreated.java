package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.DomainEvent;
import java.time.Instant;

public record MawbCreated(Mawb mawb, Instant at, String actor) implements DomainEvent {
}
