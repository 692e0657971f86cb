package dev.tracking.core.internal;

import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.port.out.DomainEventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The default {@link DomainEventPublisher}: calls every subscriber in the calling thread, in subscription order. A
 * subscriber that throws aborts the publishing unit of work, as the caller's own code would.
 */
public final class SynchronousEventBus implements DomainEventPublisher {

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> listener) {
        subscriptions.add(new Subscription<>(type, listener));
    }

    @Override
    public void publish(DomainEvent event) {
        for (Subscription<?> subscription : subscriptions) {
            subscription.deliver(event);
        }
    }

    private record Subscription<E extends DomainEvent>(Class<E> type, Consumer<? super E> listener) {

        void deliver(DomainEvent event) {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        }
    }
}
