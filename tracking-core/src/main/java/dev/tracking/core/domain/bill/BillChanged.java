package dev.tracking.core.domain.bill;

import dev.tracking.core.domain.common.DomainEvent;
import java.time.Instant;

/** A bill was created, paid or voided; {@code bill} is its new state. */
public record BillChanged(Bill bill, Instant at, String actor) implements DomainEvent {
}
