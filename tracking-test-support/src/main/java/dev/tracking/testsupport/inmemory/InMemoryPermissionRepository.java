package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.out.PermissionRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PermissionRepository} in memory. As the SQL schema's foreign keys do, it refuses grants and overrides of
 * features it does not know ({@link #saveFeature} them first). Build it over the {@link InMemoryStore} the other
 * repositories share, or get it from {@link InMemoryPersistence#create()}.
 */
public class InMemoryPermissionRepository implements PermissionRepository {

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryPermissionRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<String> features() {
        return store.apply(t -> List.copyOf(t.features.keySet()));
    }

    @Override
    public void saveFeature(String code, String description) {
        store.apply(t -> t.features.put(code, description));
    }

    @Override
    public Set<String> featuresOfRoles(Collection<String> roles) {
        return store.apply(t -> {
            Set<String> features = new HashSet<>();
            t.grants.values().stream().filter(g -> roles.contains(g.role())).forEach(g -> features.add(g.feature()));
            return Set.copyOf(features);
        });
    }

    @Override
    public List<RoleGrant> grants() {
        return store.apply(t -> List.copyOf(t.grants.values()));
    }

    @Override
    public Optional<RoleGrant> findGrant(String role, String feature) {
        return store.apply(t -> Optional.ofNullable(t.grants.get(key(role, feature))));
    }

    @Override
    public RoleGrant insertGrant(RoleGrant grant) {
        return store.apply(t -> {
            requireKnown(t, grant.feature());
            if (t.grants.putIfAbsent(key(grant.role(), grant.feature()), grant) != null) {
                throw new DuplicateException("role grant", "feature", grant.role() + "/" + grant.feature());
            }
            return grant;
        });
    }

    @Override
    public boolean deleteGrant(String role, String feature) {
        return store.apply(t -> t.grants.remove(key(role, feature)) != null);
    }

    @Override
    public List<UserOverride> overridesOf(String userId) {
        return store.apply(t -> t.overrides.values().stream().filter(o -> o.userId().equals(userId)).toList());
    }

    @Override
    public Optional<UserOverride> findOverride(String userId, String feature) {
        return store.apply(t -> Optional.ofNullable(t.overrides.get(key(userId, feature))));
    }

    @Override
    public UserOverride saveOverride(UserOverride override) {
        return store.apply(t -> {
            requireKnown(t, override.feature());
            t.overrides.put(key(override.userId(), override.feature()), override);
            return override;
        });
    }

    @Override
    public boolean deleteOverride(String userId, String feature) {
        return store.apply(t -> t.overrides.remove(key(userId, feature)) != null);
    }

    private static void requireKnown(Tables t, String feature) {
        if (!t.features.containsKey(feature)) {
            throw new ValidationException("feature", "unknown feature " + feature);
        }
    }

    private static String key(String holder, String feature) {
        return holder + "\u0000" + feature;
    }
}
