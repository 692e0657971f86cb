package dev.tracking.core.port.in.permission;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.OverrideEffect;
import java.time.Instant;

/** Grant or deny one user one feature beside their roles, optionally until {@code expiresAt} (may be null). */
public record SetOverrideCommand(String userId, String feature, OverrideEffect effect, Instant expiresAt) {

    public SetOverrideCommand {
        userId = Check.requiredText(userId, "userId", 128);
        if (!Feature.isWellFormed(feature)) {
            throw new ValidationException("feature", "must be a feature code such as mawb.write");
        }
        Check.required(effect, "effect");
    }
}
