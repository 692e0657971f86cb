package dev.tracking.core.port.in.permission;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.Feature;

/** Give a role a feature, or take it away. */
public record GrantFeatureCommand(String role, String feature) {

    public GrantFeatureCommand {
        role = Check.requiredText(role, "role", 64);
        if (!Feature.isWellFormed(feature)) {
            throw new ValidationException("feature", "must be a feature code such as mawb.write");
        }
    }
}
