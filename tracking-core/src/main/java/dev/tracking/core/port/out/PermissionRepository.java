package dev.tracking.core.port.out;

import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores the features, which roles have them, and users' overrides. Must pass {@code PermissionRepositoryContract}. */
public interface PermissionRepository {

    /** Every known feature code, in code order. */
    List<String> features();

    /** Registers a feature (a host's own, say), or refreshes its description. */
    void saveFeature(String code, String description);

    /** The features any of the roles has. */
    Set<String> featuresOfRoles(Collection<String> roles);

    /** Every role's grants, by role then feature. */
    List<RoleGrant> grants();

    Optional<RoleGrant> findGrant(String role, String feature);

    /**
     * Gives a role a feature.
     *
     * @throws dev.tracking.core.domain.common.DuplicateException when the role has it already (field {@code feature})
     */
    RoleGrant insertGrant(RoleGrant grant);

    /** Takes a feature from a role; false when the role did not have it. */
    boolean deleteGrant(String role, String feature);

    /** A user's overrides, expired ones included, by feature. */
    List<UserOverride> overridesOf(String userId);

    Optional<UserOverride> findOverride(String userId, String feature);

    /** Stores a user's override of a feature, replacing the one there was. */
    UserOverride saveOverride(UserOverride override);

    /** Removes a user's override; false when there was none. */
    boolean deleteOverride(String userId, String feature);
}
