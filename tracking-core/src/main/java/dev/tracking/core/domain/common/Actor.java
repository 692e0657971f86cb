package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts: a user id and the roles the host granted. Scheduled work acts as {@link #SYSTEM_USER}.
 */
public record Actor(String userId, Set<String> roles) {

    public static final String SYSTEM_USER = "system";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        roles = Set.copyOf(roles);
    }

    public static Actor system() {
        return new Actor(SYSTEM_USER, Set.of());
    }

    public static Actor user(String userId, String... roles) {
        return new Actor(userId, Set.of(roles));
    }
}
