package dev.tracking.spring.autoconfigure;

import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.port.out.DomainEventPublisher;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Hands the platform's domain events to Spring's {@link ApplicationEventPublisher}, so that beans hear them with
 * {@code @EventListener} methods on the event type (such as {@code MawbCreated}). Listeners run synchronously, in the
 * thread and the platform's unit of work that made the change: their own platform calls join it, and what they throw
 * rolls it back. The platform's units of work are not Spring transactions, so {@code @TransactionalEventListener}
 * does not see them.
 */
public class ApplicationEventDomainEventPublisher implements DomainEventPublisher {

    private final ApplicationEventPublisher publisher;

    /** Publishes through {@code publisher}. */
    public ApplicationEventDomainEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    @Override
    public void publish(DomainEvent event) {
        publisher.publishEvent(event);
    }
}
