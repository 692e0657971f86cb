package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.database.DatabaseKind;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the permission repository meets the schema: the foreign keys to the catalogue become a
 * {@link ValidationException} on {@code feature} (PostgreSQL reports SQLState 23503, H2 23506), the grants' primary key
 * a {@link DuplicateException} on {@code feature}, and saving a feature or an override is one upsert statement.
 */
abstract class PermissionChecks {

    private static final Instant AT = Instant.parse("2025-03-14T09:26:53.589793Z");

    abstract DatabaseUnderTest db();

    private PersistencePorts ports;

    @BeforeEach
    void givenOneFeature() {
        ports = db().emptyPorts();
        ports.permissions().saveFeature("checks.alpha", "Alpha");
    }

    @Test
    void aGrantOfAnUnknownFeatureIsAValidationErrorOnFeature() {
        Throwable refused = catchThrowable(() -> ports.permissions().insertGrant(
                new RoleGrant("ops", "checks.unknown", AT, "anna")));

        assertUnknownFeature(refused);
        assertThat(ports.permissions().grants()).isEmpty();
    }

    @Test
    void anOverrideOfAnUnknownFeatureIsAValidationErrorOnFeature() {
        Throwable refused = catchThrowable(() -> ports.permissions().saveOverride(
                new UserOverride("anna", "checks.unknown", OverrideEffect.DENY, null, AT, "ben")));

        assertUnknownFeature(refused);
        assertThat(ports.permissions().overridesOf("anna")).isEmpty();
    }

    @Test
    void aSecondGrantIsADuplicateNamingRoleAndFeature() {
        ports.permissions().insertGrant(new RoleGrant("ops", "checks.alpha", AT, "anna"));

        Throwable duplicate = catchThrowable(() -> ports.permissions().insertGrant(
                new RoleGrant("ops", "checks.alpha", AT.plusSeconds(1), "ben")));

        assertThat(duplicate).isInstanceOfSatisfying(DuplicateException.class, e -> {
            assertThat(e.entity()).isEqualTo("role grant");
            assertThat(e.field()).isEqualTo("feature");
            assertThat(e.value()).isEqualTo("ops/checks.alpha");
        });
    }

    @Test
    void aGrantReadDeletedAndGrantedAgainInOneUnitIsSeenAsItIs() {
        RoleGrant regranted = new RoleGrant("ops", "checks.alpha", AT.plusSeconds(1), "ben");

        RoleGrant found = ports.transactions().inTransaction(() -> {
            ports.permissions().insertGrant(new RoleGrant("ops", "checks.alpha", AT, "anna"));
            assertThat(ports.permissions().findGrant("ops", "checks.alpha")).isPresent();
            assertThat(ports.permissions().deleteGrant("ops", "checks.alpha")).isTrue();
            assertThat(ports.permissions().findGrant("ops", "checks.alpha")).isEmpty();
            ports.permissions().insertGrant(regranted);
            return ports.permissions().findGrant("ops", "checks.alpha").orElseThrow();
        });

        assertThat(found).isEqualTo(regranted);
    }

    @Test
    void anOverrideReadReplacedAndDeletedInOneUnitIsSeenAsItIs() {
        UserOverride replacement = new UserOverride("anna", "checks.alpha", OverrideEffect.GRANT, null,
                AT.plusSeconds(1), "ben");

        ports.transactions().run(() -> {
            ports.permissions().saveOverride(new UserOverride("anna", "checks.alpha", OverrideEffect.DENY,
                    AT.plusSeconds(60), AT, "ben"));
            assertThat(ports.permissions().findOverride("anna", "checks.alpha")).isPresent();
            ports.permissions().saveOverride(replacement);
            assertThat(ports.permissions().findOverride("anna", "checks.alpha")).contains(replacement);
            assertThat(ports.permissions().deleteOverride("anna", "checks.alpha")).isTrue();
            assertThat(ports.permissions().findOverride("anna", "checks.alpha")).isEmpty();
        });
    }

    @Test
    void savingAFeatureOrAnOverrideIsOneUpsertStatement() {
        db().jdbc().clear();

        ports.permissions().saveFeature("checks.alpha", "Alpha, described anew");
        ports.permissions().saveOverride(new UserOverride("anna", "checks.alpha", OverrideEffect.DENY, null, AT,
                "ben"));
        ports.permissions().saveOverride(new UserOverride("anna", "checks.alpha", OverrideEffect.GRANT, null, AT,
                "ben"));

        String upsert = db().kind() == DatabaseKind.POSTGRESQL ? "on conflict" : "merge into";
        assertThat(db().jdbc().on("features")).singleElement().extracting(Execution::sql)
                .satisfies(sql -> assertThat(sql.toLowerCase(Locale.ROOT)).contains(upsert));
        assertThat(db().jdbc().on("user_overrides")).hasSize(2).extracting(Execution::sql)
                .allSatisfy(sql -> assertThat(sql.toLowerCase(Locale.ROOT)).contains(upsert));
        assertThat(ports.permissions().findOverride("anna", "checks.alpha").orElseThrow().effect())
                .isEqualTo(OverrideEffect.GRANT);
    }

    @Test
    void anIllFormedFeatureCodeOrAnOverlongDescriptionIsRefusedBeforeTheDatabase() {
        db().jdbc().clear();

        assertThat(catchThrowable(() -> ports.permissions().saveFeature("Not A Code", "x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThat(catchThrowable(() -> ports.permissions().saveFeature("checks.long", "x".repeat(301))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("description"));
        assertThat(db().jdbc().executions()).isEmpty();
    }

    private void assertUnknownFeature(Throwable refused) {
        assertThat(refused).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("feature");
            assertThat(e.violations().get(0).message()).isEqualTo("unknown feature checks.unknown");
        });
        SQLException driverFailure = driverFailureIn(refused);
        assertThat((Object) driverFailure).as("the driver's exception, kept as the cause").isNotNull();
        assertThat(driverFailure.getSQLState()).as("its SQLState")
                .isEqualTo(db().kind() == DatabaseKind.POSTGRESQL ? "23503" : "23506");
    }

    private static SQLException driverFailureIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
