package dev.tracking.spring.web.api.dto;

import java.time.OffsetDateTime;

/** A role's right to a feature. */
public record RoleGrantResponse(
        String role,
        String feature,
        OffsetDateTime grantedAt,
        String grantedBy) {
}
