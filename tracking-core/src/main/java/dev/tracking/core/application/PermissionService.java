package dev.tracking.core.application;

import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.in.permission.GrantFeatureCommand;
import dev.tracking.core.port.in.permission.PermissionUseCases;
import dev.tracking.core.port.in.permission.SetOverrideCommand;
import dev.tracking.core.port.out.PermissionRepository;
import java.util.List;
import java.util.Set;

/** Manages role grants and user overrides; each change clears this node's permission cache. */
public final class PermissionService implements PermissionUseCases {

    private final PermissionRepository permissions;
    private final Authorization authorization;
    private final ServiceSupport support;

    public PermissionService(PermissionRepository permissions, Authorization authorization, ServiceSupport support) {
        this.permissions = permissions;
        this.authorization = authorization;
        this.support = support;
    }

    @Override
    public List<String> features() {
        support.require(Feature.ADMIN_PERMISSIONS);
        return permissions.features();
    }

    @Override
    public List<RoleGrant> grants() {
        support.require(Feature.ADMIN_PERMISSIONS);
        return permissions.grants();
    }

    @Override
    public RoleGrant grant(GrantFeatureCommand command) {
        Actor actor = support.require(Feature.ADMIN_PERMISSIONS);
        RoleGrant stored = support.inTransaction(() -> {
            requireKnown(command.feature());
            return permissions.insertGrant(new RoleGrant(command.role(), command.feature(), support.now(),
                    actor.userId()));
        });
        authorization.invalidate();
        return stored;
    }

    @Override
    public void revoke(GrantFeatureCommand command) {
        support.require(Feature.ADMIN_PERMISSIONS);
        boolean deleted = support.inTransaction(() -> permissions.deleteGrant(command.role(), command.feature()));
        authorization.invalidate();
        if (!deleted) {
            throw new NotFoundException("role grant", command.role() + "/" + command.feature());
        }
    }

    @Override
    public UserOverride setOverride(SetOverrideCommand command) {
        Actor actor = support.require(Feature.ADMIN_PERMISSIONS);
        UserOverride stored = support.inTransaction(() -> {
            requireKnown(command.feature());
            return permissions.saveOverride(new UserOverride(command.userId(), command.feature(), command.effect(),
                    command.expiresAt(), support.now(), actor.userId()));
        });
        authorization.invalidate();
        return stored;
    }

    @Override
    public void removeOverride(String userId, String feature) {
        support.require(Feature.ADMIN_PERMISSIONS);
        boolean deleted = support.inTransaction(() -> permissions.deleteOverride(userId, feature));
        authorization.invalidate();
        if (!deleted) {
            throw new NotFoundException("user override", userId + "/" + feature);
        }
    }

    @Override
    public List<UserOverride> overridesOf(String userId) {
        support.require(Feature.ADMIN_PERMISSIONS);
        return permissions.overridesOf(userId);
    }

    @Override
    public Set<String> effectiveFeatures(String userId, Set<String> roles) {
        support.require(Feature.ADMIN_PERMISSIONS);
        return authorization.featuresOf(userId, roles);
    }

    @Override
    public Set<String> myFeatures() {
        Actor actor = support.actor();
        return authorization.featuresOf(actor.userId(), actor.roles());
    }

    private void requireKnown(String feature) {
        if (!permissions.features().contains(feature)) {
            throw new ValidationException("feature", "unknown feature " + feature);
        }
    }
}
