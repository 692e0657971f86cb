package dev.tracking.spring.autoconfigure;

import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.port.out.ActorProvider;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The platform's {@link ActorProvider} in a Spring application. It answers, in this order:
 *
 * <ol>
 *   <li>the actor set for the current thread by {@link #callAs} / {@link #runAs}: the job engine runs every handler as
 *       {@link Actor#system()} this way, and a host's own background work can do the same;</li>
 *   <li>the signed-in user, from the {@link AuthenticatedActorResolver} (Spring Security's authenticated principal
 *       when Spring Security is on the class path: its name, and its {@code ROLE_x} authorities as roles
 *       {@code x});</li>
 *   <li>otherwise an anonymous actor ({@value #ANONYMOUS_USER}) without roles, whom every use case refuses (a
 *       {@code PermissionDeniedException}, HTTP 403) rather than running unauthenticated.</li>
 * </ol>
 *
 * The thread's actor is held per instance (no static state) and removed again when the scoped work ends, also when it
 * throws.
 */
public class ScopedActorProvider implements ActorProvider {

    /** The user id of nobody signed in. */
    public static final String ANONYMOUS_USER = "anonymous";

    private static final Actor ANONYMOUS = new Actor(ANONYMOUS_USER, Set.of());

    /** Work that returns nothing and may throw. */
    @FunctionalInterface
    public interface ScopedWork {
        /** Does the work. */
        void run() throws Exception;
    }

    private final ThreadLocal<Actor> scoped = new ThreadLocal<>();
    private final AuthenticatedActorResolver authenticated;

    /** Scoped actors, then the {@code authenticated} user, then anonymous. */
    public ScopedActorProvider(AuthenticatedActorResolver authenticated) {
        this.authenticated = Objects.requireNonNull(authenticated, "authenticated");
    }

    /** Scoped actors, then anonymous (no signed-in users). */
    public ScopedActorProvider() {
        this(Optional::empty);
    }

    /** The anonymous actor: user {@value #ANONYMOUS_USER} without roles. */
    public static Actor anonymous() {
        return ANONYMOUS;
    }

    @Override
    public Actor currentActor() {
        Actor actor = scoped.get();
        if (actor != null) {
            return actor;
        }
        return authenticated.currentActor().orElse(ANONYMOUS);
    }

    /**
     * Calls {@code work} on this thread acting as {@code actor}, then restores who acted before.
     *
     * @throws Exception whatever {@code work} throws, unchanged
     */
    public <T> T callAs(Actor actor, Callable<T> work) throws Exception {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(work, "work");
        Actor before = scoped.get();
        scoped.set(actor);
        try {
            return work.call();
        } finally {
            if (before == null) {
                scoped.remove();
            } else {
                scoped.set(before);
            }
        }
    }

    /**
     * Runs {@code work} on this thread acting as {@code actor}, then restores who acted before.
     *
     * @throws Exception whatever {@code work} throws, unchanged
     */
    public void runAs(Actor actor, ScopedWork work) throws Exception {
        Objects.requireNonNull(work, "work");
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public String toString() {
        return "ScopedActorProvider[" + authenticated + "]";
    }
}
