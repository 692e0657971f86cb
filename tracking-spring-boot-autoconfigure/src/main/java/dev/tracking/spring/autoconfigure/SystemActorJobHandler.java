package dev.tracking.spring.autoconfigure;

import dev.tracking.core.domain.common.Actor;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.JobHandler;
import java.util.Objects;

/**
 * Runs a handler acting as {@link Actor#system()}: the auto-configured scheduler wraps every handler in one, so the
 * use cases it calls on the engine's worker threads see the system actor (which holds every feature) through the
 * {@link ScopedActorProvider}. What the handler throws passes through unchanged.
 */
final class SystemActorJobHandler implements JobHandler {

    private final JobHandler delegate;
    private final ScopedActorProvider actors;

    SystemActorJobHandler(JobHandler delegate, ScopedActorProvider actors) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    @Override
    public String type() {
        return delegate.type();
    }

    @Override
    public void handle(JobContext context) throws Exception {
        actors.runAs(Actor.system(), () -> delegate.handle(context));
    }

    /** The handler this one runs. */
    JobHandler delegate() {
        return delegate;
    }

    @Override
    public String toString() {
        return delegate + " (as " + Actor.SYSTEM_USER + ")";
    }
}
