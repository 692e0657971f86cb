package dev.tracking.core.domain.permission;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides which features a user has: an active DENY override beats an active GRANT override, which beats what the
 * user's roles give. Expired overrides count for nothing.
 */
public final class PermissionPolicy {

    /** The features granted, from the features the user's roles give and the user's overrides. */
    public Set<String> effectiveFeatures(Set<String> fromRoles, Collection<UserOverride> overrides, Instant now) {
        Set<String> features = new HashSet<>(fromRoles);
        for (UserOverride override : overrides) {
            if (override.isActiveAt(now) && override.effect() == OverrideEffect.GRANT) {
                features.add(override.feature());
            }
        }
        for (UserOverride override : overrides) {
            if (override.isActiveAt(now) && override.effect() == OverrideEffect.DENY) {
                features.remove(override.feature());
            }
        }
        return Set.copyOf(features);
    }
}
