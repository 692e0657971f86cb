package dev.tracking.core.domain.permission;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * One user's grant or deny of one feature, beside what their roles give, optionally until {@code expiresAt}.
 *
 * @param expiresAt null for no expiry
 */
public record UserOverride(String userId, String feature, OverrideEffect effect, Instant expiresAt,
        Instant createdAt, String createdBy) {

    public UserOverride {
        userId = Check.requiredText(userId, "userId", 128);
        if (!Feature.isWellFormed(feature)) {
            throw new ValidationException("feature", "must be a feature code such as mawb.write");
        }
        Check.required(effect, "effect");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new ValidationException("expiresAt", "must lie in the future");
        }
    }

    public boolean isActiveAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
