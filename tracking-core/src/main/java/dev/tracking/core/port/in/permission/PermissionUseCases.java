package dev.tracking.core.port.in.permission;

import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import java.util.List;
import java.util.Set;

/**
 * Managing who may do what. Every method but {@link #myFeatures()} needs {@code admin.permissions}; every change is
 * audited and takes effect on this node at once, on other nodes within the permission cache's time-to-live.
 */
public interface PermissionUseCases {

    /** Every feature code known, in code order. */
    List<String> features();

    /** Every role's grants. */
    List<RoleGrant> grants();

    /**
     * @throws dev.tracking.core.domain.common.ValidationException when the feature is unknown
     * @throws dev.tracking.core.domain.common.DuplicateException  when the role has it already
     */
    RoleGrant grant(GrantFeatureCommand command);

    /** @throws dev.tracking.core.domain.common.NotFoundException when the role does not have the feature */
    void revoke(GrantFeatureCommand command);

    /** @throws dev.tracking.core.domain.common.ValidationException when the feature is unknown or expiry has passed */
    UserOverride setOverride(SetOverrideCommand command);

    /** @throws dev.tracking.core.domain.common.NotFoundException when the user has no override of the feature */
    void removeOverride(String userId, String feature);

    List<UserOverride> overridesOf(String userId);

    /** What a user holding these roles may do now. */
    Set<String> effectiveFeatures(String userId, Set<String> roles);

    /** What the acting user may do now. Needs no feature. */
    Set<String> myFeatures();
}
