package dev.tracking.core.domain.common;

import java.time.Instant;

/** Something that happened in the domain, published in-process to whoever subscribed. */
public interface DomainEvent {

    /** When it happened, by the platform's clock. */
    Instant at();

    /** Who made it happen. */
    String actor();
}
