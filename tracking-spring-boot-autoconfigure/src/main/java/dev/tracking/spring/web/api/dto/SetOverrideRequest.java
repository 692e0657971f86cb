package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.permission.OverrideEffect;
import java.time.OffsetDateTime;

/** Grant or deny a user a feature, optionally until {@code expiresAt}. */
public record SetOverrideRequest(
        OverrideEffect effect,
        OffsetDateTime expiresAt) {
}
