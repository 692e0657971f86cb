package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.permission.OverrideEffect;
import java.time.OffsetDateTime;

/** A user's grant or deny of one feature beside their roles. */
public record UserOverrideResponse(
        String userId,
        String feature,
        OverrideEffect effect,
        OffsetDateTime expiresAt,
        OffsetDateTime createdAt,
        String createdBy) {
}
