package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.out.PermissionRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The feature catalogue in {@code features}, roles' grants in {@code role_features} and users' overrides in
 * {@code user_overrides}. Grants and overrides refer to the catalogue by foreign key: one of an unknown feature is
 * refused by the database, and {@link SqlErrors} says which feature was unknown.
 */
final class JdbiPermissionRepository implements PermissionRepository {

    private static final String GRANT = "role grant";
    private static final String OVERRIDE = "user override";
    private static final String FEATURE = "feature";

    private static final String FEATURES = """
            SELECT code FROM features ORDER BY code
            """;

    private static final String FEATURES_OF_ROLES = """
            SELECT DISTINCT feature_code FROM role_features WHERE role IN (<roles>)
            """;

    private static final String SELECT_GRANTS = """
            SELECT role, feature_code, granted_at, granted_by FROM role_features
            """;

    private static final String GRANTS = SELECT_GRANTS + "ORDER BY role, feature_code";
    private static final String GRANT_BY_KEY = SELECT_GRANTS + "WHERE role = :role AND feature_code = :feature_code";

    private static final String INSERT_GRANT = """
            INSERT INTO role_features (role, feature_code, granted_at, granted_by)
            VALUES (:role, :feature_code, :granted_at, :granted_by)
            """;

    private static final String DELETE_GRANT = """
            DELETE FROM role_features WHERE role = :role AND feature_code = :feature_code
            """;

    private static final String SELECT_OVERRIDES = """
            SELECT user_id, feature_code, effect, expires_at, created_at, created_by FROM user_overrides
            """;

    private static final String OVERRIDES_OF_USER = SELECT_OVERRIDES + "WHERE user_id = :user_id ORDER BY feature_code";
    private static final String OVERRIDE_BY_KEY = SELECT_OVERRIDES
            + "WHERE user_id = :user_id AND feature_code = :feature_code";

    private static final String DELETE_OVERRIDE = """
            DELETE FROM user_overrides WHERE user_id = :user_id AND feature_code = :feature_code
            """;

    private static final RowMapper<RoleGrant> GRANT_MAPPER = (rs, ctx) -> new RoleGrant(rs.getString("role"),
            rs.getString("feature_code"), Columns.instant(rs, "granted_at"), rs.getString("granted_by"));

    private static final RowMapper<UserOverride> OVERRIDE_MAPPER = (rs, ctx) -> new UserOverride(
            rs.getString("user_id"), rs.getString("feature_code"), OverrideEffect.valueOf(rs.getString("effect")),
            Columns.instant(rs, "expires_at"), Columns.instant(rs, "created_at"), rs.getString("created_by"));

    private final Sql sql;
    private final String saveFeature;
    private final String saveOverride;

    JdbiPermissionRepository(Sql sql, Dialect dialect) {
        this.sql = sql;
        this.saveFeature = dialect.upsert("features", List.of("code"), List.of("code", "description"));
        this.saveOverride = dialect.upsert("user_overrides", List.of("user_id", "feature_code"),
                List.of("user_id", "feature_code", "effect", "expires_at", "created_at", "created_by"));
    }

    @Override
    public List<String> features() {
        return sql.read(handle -> handle.createQuery(FEATURES).mapTo(String.class).list());
    }

    @Override
    public void saveFeature(String code, String description) {
        if (!Feature.isWellFormed(code)) {
            throw new ValidationException("code", "must be a feature code such as mawb.write");
        }
        Objects.requireNonNull(description, "description");
        sql.write(WrittenKeys.of(FEATURE, "code", code), handle -> handle.createUpdate(saveFeature)
                .bind("code", code)
                .bind("description", description)
                .execute());
    }

    @Override
    public Set<String> featuresOfRoles(Collection<String> roles) {
        Objects.requireNonNull(roles, "roles");
        List<String> distinct = roles.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Set.of();
        }
        return sql.read(handle -> Set.copyOf(handle.createQuery(FEATURES_OF_ROLES).bindList("roles", distinct)
                .mapTo(String.class).list()));
    }

    @Override
    public List<RoleGrant> grants() {
        return sql.read(handle -> handle.createQuery(GRANTS).map(GRANT_MAPPER).list());
    }

    @Override
    public Optional<RoleGrant> findGrant(String role, String feature) {
        return sql.read(handle -> handle.createQuery(GRANT_BY_KEY).bind("role", role).bind("feature_code", feature)
                .map(GRANT_MAPPER).findOne());
    }

    @Override
    public RoleGrant insertGrant(RoleGrant grant) {
        Objects.requireNonNull(grant, "grant");
        WrittenKeys keys = WrittenKeys.of(GRANT, FEATURE, grant.role() + "/" + grant.feature())
                .referring(FEATURE, grant.feature());
        return sql.write(keys, handle -> {
            handle.createUpdate(INSERT_GRANT)
                    .bind("role", grant.role())
                    .bind("feature_code", grant.feature())
                    .bind("granted_at", grant.grantedAt())
                    .bind("granted_by", grant.grantedBy())
                    .execute();
            return grant;
        });
    }

    @Override
    public boolean deleteGrant(String role, String feature) {
        return sql.write(WrittenKeys.of(GRANT, FEATURE, role + "/" + feature), handle -> handle
                .createUpdate(DELETE_GRANT).bind("role", role).bind("feature_code", feature).execute() > 0);
    }

    @Override
    public List<UserOverride> overridesOf(String userId) {
        return sql.read(handle -> handle.createQuery(OVERRIDES_OF_USER).bind("user_id", userId)
                .map(OVERRIDE_MAPPER).list());
    }

    @Override
    public Optional<UserOverride> findOverride(String userId, String feature) {
        return sql.read(handle -> handle.createQuery(OVERRIDE_BY_KEY).bind("user_id", userId)
                .bind("feature_code", feature).map(OVERRIDE_MAPPER).findOne());
    }

    @Override
    public UserOverride saveOverride(UserOverride override) {
        Objects.requireNonNull(override, "override");
        WrittenKeys keys = WrittenKeys.of(OVERRIDE, FEATURE, override.userId() + "/" + override.feature())
                .referring(FEATURE, override.feature());
        return sql.write(keys, handle -> {
            handle.createUpdate(saveOverride)
                    .bind("user_id", override.userId())
                    .bind("feature_code", override.feature())
                    .bind("effect", override.effect().name())
                    .bind("expires_at", override.expiresAt())
                    .bind("created_at", override.createdAt())
                    .bind("created_by", override.createdBy())
                    .execute();
            return override;
        });
    }

    @Override
    public boolean deleteOverride(String userId, String feature) {
        return sql.write(WrittenKeys.of(OVERRIDE, FEATURE, userId + "/" + feature), handle -> handle
                .createUpdate(DELETE_OVERRIDE).bind("user_id", userId).bind("feature_code", feature).execute() > 0);
    }
}
