package dev.tracking.core.domain.permission;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import java.time.Instant;
import java.util.Objects;

/** A role's right to a feature. Users hold roles; the host's identity system says which. */
public record RoleGrant(String role, String feature, Instant grantedAt, String grantedBy) {

    public RoleGrant {
        role = Check.requiredText(role, "role", 64);
        if (!Feature.isWellFormed(feature)) {
            throw new ValidationException("feature", "must be a feature code such as mawb.write");
        }
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(grantedBy, "grantedBy");
    }
}
