package dev.tracking.spring.autoconfigure;

import dev.tracking.core.domain.common.Actor;
import java.util.Optional;

/**
 * Who is signed in on the current thread, if anyone: the source of the actor outside the job engine.
 * {@link TrackingSecurityAutoConfiguration} supplies one on Spring Security; a host without Spring Security (or with its
 * own idea of users) declares a bean of its own. See {@link ScopedActorProvider}.
 */
@FunctionalInterface
public interface AuthenticatedActorResolver {

    /** The signed-in user and the roles the host granted; empty when nobody is signed in. */
    Optional<Actor> currentActor();
}
