package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.DomainEvent;

/**
 * Hands domain events to whoever listens, in process. The application services publish inside the unit of work
 * that made the change, so a listener's own writes join it and roll back with it.
 */
@FunctionalInterface
public interface DomainEventPublisher {

    void publish(DomainEvent event);
}
