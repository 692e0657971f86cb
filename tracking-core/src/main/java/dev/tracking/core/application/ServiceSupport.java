package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.DomainEventPublisher;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every application service needs besides its repositories: units of work, time, identity, permission checks,
 * ids, events.
 */
public record ServiceSupport(TransactionRunner transactions, Clock clock, ActorProvider actors, IdGenerator ids,
        DomainEventPublisher events, Authorization authorization) {

    public ServiceSupport {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(authorization, "authorization");
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    Instant now() {
        return clock.instant();
    }

    /** The acting user, once checked to have the feature. */
    Actor require(Feature feature) {
        return authorization.require(feature);
    }

    /** The acting user, once checked to have the feature named by its code. */
    Actor require(String featureCode) {
        return authorization.require(featureCode);
    }

    Actor actor() {
        return actors.currentActor();
    }

    UUID newId() {
        return ids.newId();
    }

    void publish(DomainEvent event) {
        events.publish(event);
    }
}
