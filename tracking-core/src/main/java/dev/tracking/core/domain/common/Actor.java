package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts: a user id (up to 128 characters) and the roles the host granted. Scheduled work acts as
 * {@link #SYSTEM_USER} in role {@link #SYSTEM_ROLE}.
 */
public record Actor(String userId, Set<String> roles) {

    public static final String SYSTEM_USER = "system";
    /** The role scheduled work acts in; the schema grants it every feature. */
    public static final String SYSTEM_ROLE = "system";
    public static final int MAX_USER_ID_LENGTH = 128;

    public Actor {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw new IllegalArgumentException("userId must be 1 to " + MAX_USER_ID_LENGTH + " characters");
        }
        roles = Set.copyOf(roles);
    }

    public static Actor system() {
        return new Actor(SYSTEM_USER, Set.of(SYSTEM_ROLE));
    }

    public static Actor user(String userId, String... roles) {
        return new Actor(userId, Set.of(roles));
    }
}
