package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes an audit entry for every grant and override stored, replaced or removed. */
final class AuditedPermissionRepository implements PermissionRepository {

    private final PermissionRepository delegate;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedPermissionRepository(PermissionRepository delegate, AuditRecorder audit, TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public List<String> features() {
        return delegate.features();
    }

    @Override
    public void saveFeature(String code, String description) {
        delegate.saveFeature(code, description);
    }

    @Override
    public Set<String> featuresOfRoles(Collection<String> roles) {
        return delegate.featuresOfRoles(roles);
    }

    @Override
    public List<RoleGrant> grants() {
        return delegate.grants();
    }

    @Override
    public Optional<RoleGrant> findGrant(String role, String feature) {
        return delegate.findGrant(role, feature);
    }

    @Override
    public RoleGrant insertGrant(RoleGrant grant) {
        return transactions.inTransaction(() -> {
            RoleGrant stored = delegate.insertGrant(grant);
            audit.record(AuditEntity.ROLE_FEATURE, grantId(stored.role(), stored.feature()), AuditAction.INSERT, null,
                    stored);
            return stored;
        });
    }

    @Override
    public boolean deleteGrant(String role, String feature) {
        return transactions.inTransaction(() -> {
            Optional<RoleGrant> before = delegate.findGrant(role, feature);
            boolean deleted = delegate.deleteGrant(role, feature);
            if (deleted) {
                audit.record(AuditEntity.ROLE_FEATURE, grantId(role, feature), AuditAction.DELETE,
                        before.orElse(null), null);
            }
            return deleted;
        });
    }

    @Override
    public List<UserOverride> overridesOf(String userId) {
        return delegate.overridesOf(userId);
    }

    @Override
    public Optional<UserOverride> findOverride(String userId, String feature) {
        return delegate.findOverride(userId, feature);
    }

    @Override
    public UserOverride saveOverride(UserOverride override) {
        return transactions.inTransaction(() -> {
            Optional<UserOverride> before = delegate.findOverride(override.userId(), override.feature());
            UserOverride stored = delegate.saveOverride(override);
            audit.record(AuditEntity.USER_OVERRIDE, grantId(stored.userId(), stored.feature()),
                    before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT, before.orElse(null), stored);
            return stored;
        });
    }

    @Override
    public boolean deleteOverride(String userId, String feature) {
        return transactions.inTransaction(() -> {
            Optional<UserOverride> before = delegate.findOverride(userId, feature);
            boolean deleted = delegate.deleteOverride(userId, feature);
            if (deleted) {
                audit.record(AuditEntity.USER_OVERRIDE, grantId(userId, feature), AuditAction.DELETE,
                        before.orElse(null), null);
            }
            return deleted;
        });
    }

    private static String grantId(String holder, String feature) {
        return holder + "/" + feature;
    }
}
