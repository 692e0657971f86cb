package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.out.PermissionRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.query.NativeQuery;

/**
 * {@link PermissionRepository} over the catalogue {@code features} ({@link FeatureEntity}), roles' grants
 * {@code role_features} ({@link RoleGrantEntity}) and users' overrides {@code user_overrides}
 * ({@link UserOverrideEntity}). Grants and overrides refer to the catalogue by foreign key: one of an unknown feature
 * is refused by the database, which {@link PersistenceErrors} turns into a {@link ValidationException} on
 * {@code feature}. Saving a feature or an override is one native upsert ({@link SupportedDatabase#upsert}); removing
 * a grant or an override one bulk delete. Rows read are detached at once, so that no managed copy goes stale under
 * those statements.
 */
final class JpaPermissionRepository implements PermissionRepository {

    static final String FEATURE = "feature";
    static final String GRANT = "role grant";
    static final String OVERRIDE = "user override";

    /** {@code features.description varchar(300)}. */
    private static final int DESCRIPTION_LENGTH = 300;

    private final EntityManagerBinding units;
    private final String saveFeature;
    private final String saveOverride;

    /**
     * @param featuresTable  the (schema-qualified) name of {@code features}
     * @param overridesTable the (schema-qualified) name of {@code user_overrides}
     */
    JpaPermissionRepository(EntityManagerBinding units, SupportedDatabase database, String featuresTable,
            String overridesTable) {
        this.units = Objects.requireNonNull(units, "units");
        this.saveFeature = database.upsert(featuresTable, List.of("code"), List.of("code", "description"));
        this.saveOverride = database.upsert(overridesTable, List.of("user_id", "feature_code"),
                List.of("user_id", "feature_code", "effect", "expires_at", "created_at", "created_by"));
    }

    @Override
    public List<String> features() {
        return units.inUnitOfWork(em -> em
                .createQuery("select f.code from FeatureEntity f order by f.code", String.class)
                .getResultList());
    }

    @Override
    public void saveFeature(String code, String description) {
        if (!Feature.isWellFormed(code)) {
            throw new ValidationException("code", "must be a feature code such as mawb.write");
        }
        Objects.requireNonNull(description, "description");
        if (description.length() > DESCRIPTION_LENGTH) {
            throw new ValidationException("description", "must be at most " + DESCRIPTION_LENGTH + " characters");
        }
        WriteTarget target = WriteTarget.insertOf(FEATURE, code).unique("code", code);
        units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> nativeStatement(em, saveFeature)
                .setParameter(1, code)
                .setParameter(2, description)
                .executeUpdate()));
    }

    @Override
    public Set<String> featuresOfRoles(Collection<String> roles) {
        Objects.requireNonNull(roles, "roles");
        List<String> distinct = roles.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Set.of();
        }
        return units.inUnitOfWork(em -> Set.copyOf(em
                .createQuery("select distinct g.feature from RoleGrantEntity g where g.role in :roles", String.class)
                .setParameter("roles", distinct)
                .getResultList()));
    }

    @Override
    public List<RoleGrant> grants() {
        return units.inUnitOfWork(em -> detached(em, em
                .createQuery("select g from RoleGrantEntity g order by g.role, g.feature", RoleGrantEntity.class)
                .getResultList(), PermissionMapper::toDomain));
    }

    @Override
    public Optional<RoleGrant> findGrant(String role, String feature) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(feature, "feature");
        return units.inUnitOfWork(em -> detached(em, em
                .createQuery("select g from RoleGrantEntity g where g.role = :role and g.feature = :feature",
                        RoleGrantEntity.class)
                .setParameter("role", role)
                .setParameter("feature", feature)
                .getResultList(), PermissionMapper::toDomain).stream().findFirst());
    }

    @Override
    public RoleGrant insertGrant(RoleGrant grant) {
        Objects.requireNonNull(grant, "grant");
        String key = grant.role() + "/" + grant.feature();
        WriteTarget target = WriteTarget.insertOf(GRANT, key).unique(FEATURE, key).referring(FEATURE,
                grant.feature());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            RoleGrantEntity row = PermissionMapper.toEntity(grant);
            em.persist(row);
            em.flush();
            em.detach(row);
            return grant;
        }));
    }

    @Override
    public boolean deleteGrant(String role, String feature) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(feature, "feature");
        return units.inUnitOfWork(em -> em
                .createQuery("delete from RoleGrantEntity g where g.role = :role and g.feature = :feature")
                .setParameter("role", role)
                .setParameter("feature", feature)
                .executeUpdate() > 0);
    }

    @Override
    public List<UserOverride> overridesOf(String userId) {
        Objects.requireNonNull(userId, "userId");
        return units.inUnitOfWork(em -> detached(em, em
                .createQuery("select o from UserOverrideEntity o where o.userId = :userId order by o.feature",
                        UserOverrideEntity.class)
                .setParameter("userId", userId)
                .getResultList(), PermissionMapper::toDomain));
    }

    @Override
    public Optional<UserOverride> findOverride(String userId, String feature) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(feature, "feature");
        return units.inUnitOfWork(em -> detached(em, em
                .createQuery("select o from UserOverrideEntity o where o.userId = :userId and o.feature = :feature",
                        UserOverrideEntity.class)
                .setParameter("userId", userId)
                .setParameter("feature", feature)
                .getResultList(), PermissionMapper::toDomain).stream().findFirst());
    }

    @Override
    public UserOverride saveOverride(UserOverride override) {
        Objects.requireNonNull(override, "override");
        String key = override.userId() + "/" + override.feature();
        WriteTarget target = WriteTarget.insertOf(OVERRIDE, key).unique(FEATURE, key).referring(FEATURE,
                override.feature());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            nativeStatement(em, saveOverride)
                    .setParameter(1, override.userId())
                    .setParameter(2, override.feature())
                    .setParameter(3, override.effect().name())
                    .setParameter(4, override.expiresAt(), Instant.class)
                    .setParameter(5, override.createdAt(), Instant.class)
                    .setParameter(6, override.createdBy())
                    .executeUpdate();
            return override;
        }));
    }

    @Override
    public boolean deleteOverride(String userId, String feature) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(feature, "feature");
        return units.inUnitOfWork(em -> em
                .createQuery("delete from UserOverrideEntity o where o.userId = :userId and o.feature = :feature")
                .setParameter("userId", userId)
                .setParameter("feature", feature)
                .executeUpdate() > 0);
    }

    /** A native statement; its failures, like every write's, are translated by the caller. */
    private static NativeQuery<?> nativeStatement(EntityManager em, String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    /** The rows as the domain sees them, detached from the persistence context. */
    private static <E, T> List<T> detached(EntityManager em, List<E> rows, Function<E, T> toDomain) {
        rows.forEach(em::detach);
        return rows.stream().map(toDomain).toList();
    }
}
