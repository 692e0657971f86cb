package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.Actor;

/** Tells who is acting right now: the signed-in user in a request, {@link Actor#system()} in scheduled work. */
@FunctionalInterface
public interface ActorProvider {

    Actor currentActor();
}
