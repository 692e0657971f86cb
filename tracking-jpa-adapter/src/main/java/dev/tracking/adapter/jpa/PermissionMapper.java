package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;

/** Maps role grants and user overrides to their rows and back. */
final class PermissionMapper {

    static RoleGrantEntity toEntity(RoleGrant grant) {
        RoleGrantEntity row = new RoleGrantEntity();
        row.role = grant.role();
        row.feature = grant.feature();
        row.grantedAt = grant.grantedAt();
        row.grantedBy = grant.grantedBy();
        return row;
    }

    static RoleGrant toDomain(RoleGrantEntity row) {
        return new RoleGrant(row.role, row.feature, row.grantedAt, row.grantedBy);
    }

    static UserOverride toDomain(UserOverrideEntity row) {
        return new UserOverride(row.userId, row.feature, OverrideEffect.valueOf(row.effect), row.expiresAt,
                row.createdAt, row.createdBy);
    }

    private PermissionMapper() {
    }
}
