package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.TrackingException;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.out.PermissionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PermissionRepository} must do: keep the feature catalogue (codes in code order; saving a known code
 * again refreshes it and keeps its grants), give roles features (a second grant of the same feature to the same role is
 * a {@link DuplicateException} on field {@code feature}), tell the features of several roles at once, store one
 * override per user and feature (saving again replaces it), and refuse a grant or an override of a feature the
 * catalogue does not know with a {@link TrackingException} (the in-memory repository throws a
 * {@code ValidationException} on field {@code feature}; a SQL adapter meets a foreign-key violation, which it must
 * translate: never let a driver's {@code SQLException} out). Instants come back to the microsecond; role and user names
 * beyond Latin-1 come back unchanged. Extend this class in your adapter's tests and return ports over an empty store
 * from {@link #ports()}; see {@link PersistenceContract} for what the suites assume.
 *
 * <p>The catalogue need not be empty: the suite registers the features it uses itself (codes starting with
 * {@code contract.}) and only asserts on those, and its roles and users have names no migration seeds. It therefore
 * passes on a truncated database (an empty catalogue, as in memory) as well as on a freshly migrated one, whose
 * migrations seed the platform's features and the default roles {@code admin}, {@code operator}, {@code viewer} and
 * {@code system}.
 * Orders are only asserted between codes and names that differ in ASCII letters, so any database collation will do.
 */
public abstract class PermissionRepositoryContract extends PersistenceContract {

    /** Features the suite registers before each test. */
    protected static final String ALPHA = "contract.alpha";
    protected static final String BRAVO = "contract.bravo";
    protected static final String CHARLIE = "contract.charlie";
    protected static final String DELTA = "contract.delta";

    /** A well-formed code the suite never registers. */
    protected static final String UNKNOWN = "contract.unknown";

    /** Roles no migration seeds, in ASCII order. */
    protected static final String ROLE_A = "contract-role-a";
    protected static final String ROLE_B = "contract-role-b";
    protected static final String ROLE_C = "contract-role-c";

    /** A role and a user named beyond Latin-1. */
    protected static final String CUSTOMS_ROLE = "Zollabfertigung-東京";
    protected static final String JUERGEN = "jürgen.größ@例え.jp";

    protected static final String ANNA = "anna.schmidt";
    protected static final String BEN = "ben.okafor";

    /** When the suite's grants and overrides were made: whole microseconds. */
    protected static final Instant AT = Instant.parse("2025-03-14T09:26:53.589793Z");

    @BeforeEach
    void givenTheSuitesFeatures() {
        for (String code : List.of(CHARLIE, ALPHA, DELTA, BRAVO)) {
            permissions().saveFeature(code, "Contract feature " + code);
        }
    }

    // -------------------------------------------------------------------------------------------------- features

    @Test
    void featuresListsEverySavedCodeInCodeOrder() {
        permissions().saveFeature("contract.echo", "Echo");

        assertThat(permissions().features()).doesNotHaveDuplicates();
        assertThat(suiteCodes(permissions().features()))
                .containsExactly(ALPHA, BRAVO, CHARLIE, DELTA, "contract.echo");
        assertThat(permissions().features()).doesNotContain(UNKNOWN);
    }

    @Test
    void savingAKnownFeatureAgainRefreshesItOnceAndKeepsItsGrantsAndOverrides() {
        permissions().insertGrant(grant(ROLE_A, ALPHA));
        permissions().saveOverride(override(ANNA, ALPHA, OverrideEffect.DENY, null));

        permissions().saveFeature(ALPHA, "Alpha, described anew");

        assertThat(permissions().features()).filteredOn(ALPHA::equals).hasSize(1);
        assertThat(permissions().findGrant(ROLE_A, ALPHA)).isPresent();
        assertThat(permissions().findOverride(ANNA, ALPHA)).isPresent();
    }

    // ---------------------------------------------------------------------------------------------------- grants

    @Test
    void insertGrantStoresTheGrantAsGiven() {
        RoleGrant grant = grant(ROLE_A, ALPHA);

        RoleGrant stored = permissions().insertGrant(grant);

        assertSameState(stored, grant);
        assertSameState(permissions().findGrant(ROLE_A, ALPHA).orElseThrow(), grant);
        assertThat(permissions().grants()).filteredOn(g -> g.role().equals(ROLE_A)).singleElement()
                .satisfies(g -> assertSameState(g, grant));
    }

    @Test
    void grantedAtRoundTripsToTheMicrosecond() {
        Instant micros = Instant.parse("1999-12-31T23:59:59.999999Z");
        permissions().insertGrant(new RoleGrant(ROLE_A, ALPHA, micros, ANNA));

        assertThat(permissions().findGrant(ROLE_A, ALPHA).orElseThrow().grantedAt()).isEqualTo(micros);
    }

    @Test
    void aSecondGrantOfTheSameFeatureToTheSameRoleIsADuplicateOnFieldFeatureAndKeepsTheFirst() {
        RoleGrant first = permissions().insertGrant(grant(ROLE_A, ALPHA));

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> permissions().insertGrant(new RoleGrant(ROLE_A, ALPHA, AT.plusSeconds(60), BEN)));

        assertThat(duplicate.field()).isEqualTo("feature");
        assertSameState(permissions().findGrant(ROLE_A, ALPHA).orElseThrow(), first);
    }

    @Test
    void theSameFeatureMayBeGrantedToSeveralRolesAndSeveralFeaturesToOneRole() {
        permissions().insertGrant(grant(ROLE_A, ALPHA));
        permissions().insertGrant(grant(ROLE_B, ALPHA));
        permissions().insertGrant(grant(ROLE_A, BRAVO));

        assertThat(permissions().findGrant(ROLE_A, ALPHA)).isPresent();
        assertThat(permissions().findGrant(ROLE_B, ALPHA)).isPresent();
        assertThat(permissions().findGrant(ROLE_A, BRAVO)).isPresent();
        assertThat(permissions().findGrant(ROLE_B, BRAVO)).isEmpty();
    }

    @Test
    void grantsListsEveryGrantByRoleThenFeature() {
        permissions().insertGrant(grant(ROLE_B, CHARLIE));
        permissions().insertGrant(grant(ROLE_A, BRAVO));
        permissions().insertGrant(grant(ROLE_B, ALPHA));
        permissions().insertGrant(grant(ROLE_A, DELTA));
        permissions().insertGrant(grant(ROLE_A, ALPHA));

        assertThat(permissions().grants()).filteredOn(g -> g.role().startsWith("contract-role-"))
                .extracting(g -> g.role() + " " + g.feature())
                .containsExactly(ROLE_A + " " + ALPHA, ROLE_A + " " + BRAVO, ROLE_A + " " + DELTA,
                        ROLE_B + " " + ALPHA, ROLE_B + " " + CHARLIE);
    }

    @Test
    void deleteGrantRemovesOnlyThatGrantAndTellsWhetherThereWasOne() {
        permissions().insertGrant(grant(ROLE_A, ALPHA));
        permissions().insertGrant(grant(ROLE_A, BRAVO));
        permissions().insertGrant(grant(ROLE_B, ALPHA));

        assertThat(permissions().deleteGrant(ROLE_A, ALPHA)).isTrue();
        assertThat(permissions().deleteGrant(ROLE_A, ALPHA)).isFalse();
        assertThat(permissions().deleteGrant(ROLE_C, ALPHA)).isFalse();
        assertThat(permissions().deleteGrant(ROLE_A, UNKNOWN)).isFalse();

        assertThat(permissions().findGrant(ROLE_A, ALPHA)).isEmpty();
        assertThat(permissions().findGrant(ROLE_A, BRAVO)).isPresent();
        assertThat(permissions().findGrant(ROLE_B, ALPHA)).isPresent();
    }

    @Test
    void aDeletedGrantMayBeGrantedAgain() {
        permissions().insertGrant(grant(ROLE_A, ALPHA));
        permissions().deleteGrant(ROLE_A, ALPHA);

        permissions().insertGrant(new RoleGrant(ROLE_A, ALPHA, AT.plusSeconds(1), BEN));

        assertThat(permissions().findGrant(ROLE_A, ALPHA).orElseThrow().grantedBy()).isEqualTo(BEN);
    }

    @Test
    void findGrantFindsNothingUnknown() {
        permissions().insertGrant(grant(ROLE_A, ALPHA));

        assertThat(permissions().findGrant(ROLE_A, BRAVO)).isEmpty();
        assertThat(permissions().findGrant(ROLE_B, ALPHA)).isEmpty();
        assertThat(permissions().findGrant(ROLE_A, UNKNOWN)).isEmpty();
    }

    @Test
    void featuresOfRolesUnitesWhatEveryRoleGiven() {
        permissions().insertGrant(grant(ROLE_A, ALPHA));
        permissions().insertGrant(grant(ROLE_A, BRAVO));
        permissions().insertGrant(grant(ROLE_B, BRAVO));
        permissions().insertGrant(grant(ROLE_B, CHARLIE));
        permissions().insertGrant(grant(ROLE_C, DELTA));

        assertThat(permissions().featuresOfRoles(List.of(ROLE_A, ROLE_B)))
                .containsExactlyInAnyOrder(ALPHA, BRAVO, CHARLIE);
        assertThat(permissions().featuresOfRoles(Set.of(ROLE_C))).containsExactly(DELTA);
        assertThat(permissions().featuresOfRoles(List.of(ROLE_A, ROLE_B, ROLE_C)))
                .containsExactlyInAnyOrder(ALPHA, BRAVO, CHARLIE, DELTA);
        assertThat(permissions().featuresOfRoles(List.of(ROLE_A, "contract-role-nobody")))
                .containsExactlyInAnyOrder(ALPHA, BRAVO);
    }

    @Test
    void featuresOfNoRoleOrOfUnknownRolesAreNone() {
        permissions().insertGrant(grant(ROLE_A, ALPHA));

        assertThat(permissions().featuresOfRoles(List.of())).isEmpty();
        assertThat(permissions().featuresOfRoles(List.of("contract-role-nobody"))).isEmpty();
    }

    @Test
    void roleNamesBeyondLatin1RoundTrip() {
        RoleGrant grant = permissions().insertGrant(new RoleGrant(CUSTOMS_ROLE, ALPHA, AT, JUERGEN));

        assertSameState(permissions().findGrant(CUSTOMS_ROLE, ALPHA).orElseThrow(), grant);
        assertThat(permissions().featuresOfRoles(List.of(CUSTOMS_ROLE))).containsExactly(ALPHA);
        assertThat(permissions().grants()).filteredOn(g -> g.role().equals(CUSTOMS_ROLE)).singleElement()
                .satisfies(g -> assertSameState(g, grant));
        assertThat(permissions().deleteGrant(CUSTOMS_ROLE, ALPHA)).isTrue();
    }

    @Test
    void aGrantOfAFeatureTheCatalogueDoesNotKnowIsRefusedWithATypedError() {
        Throwable refused = catchThrowable(() -> permissions().insertGrant(grant(ROLE_A, UNKNOWN)));

        assertThat(refused).as("a grant of an unknown feature").isInstanceOf(TrackingException.class);
        assertThat(permissions().findGrant(ROLE_A, UNKNOWN)).isEmpty();
        assertThat(permissions().featuresOfRoles(List.of(ROLE_A))).isEmpty();
        assertThat(permissions().features()).doesNotContain(UNKNOWN);
    }

    // ------------------------------------------------------------------------------------------------- overrides

    @Test
    void saveOverrideInsertsTheOverrideAsGiven() {
        UserOverride override = override(ANNA, ALPHA, OverrideEffect.GRANT, null);

        UserOverride stored = permissions().saveOverride(override);

        assertSameState(stored, override);
        assertSameState(permissions().findOverride(ANNA, ALPHA).orElseThrow(), override);
    }

    @Test
    void saveOverrideReplacesTheUsersOverrideOfTheSameFeature() {
        permissions().saveOverride(override(ANNA, ALPHA, OverrideEffect.GRANT, null));
        UserOverride replacement = new UserOverride(ANNA, ALPHA, OverrideEffect.DENY,
                Instant.parse("2025-04-01T00:00:00.000001Z"), AT.plusSeconds(3600), BEN);

        UserOverride stored = permissions().saveOverride(replacement);

        assertSameState(stored, replacement);
        assertSameState(permissions().findOverride(ANNA, ALPHA).orElseThrow(), replacement);
        assertThat(permissions().overridesOf(ANNA)).singleElement().satisfies(o -> assertSameState(o, replacement));
    }

    @Test
    void aReplacementWithoutExpiryClearsTheExpiry() {
        permissions().saveOverride(override(ANNA, ALPHA, OverrideEffect.DENY, AT.plusSeconds(60)));

        permissions().saveOverride(override(ANNA, ALPHA, OverrideEffect.DENY, null));

        assertThat(permissions().findOverride(ANNA, ALPHA).orElseThrow().expiresAt()).isNull();
    }

    @Test
    void overrideInstantsRoundTripToTheMicrosecond() {
        Instant created = Instant.parse("2025-03-14T09:26:53.000001Z");
        Instant expires = Instant.parse("2025-03-14T09:26:53.999999Z");
        permissions().saveOverride(new UserOverride(ANNA, ALPHA, OverrideEffect.GRANT, expires, created, BEN));

        UserOverride found = permissions().findOverride(ANNA, ALPHA).orElseThrow();

        assertThat(found.createdAt()).isEqualTo(created);
        assertThat(found.expiresAt()).isEqualTo(expires);
    }

    @Test
    void overridesOfListsOneUsersOverridesByFeatureExpiredOnesIncluded() {
        UserOverride expired = new UserOverride(ANNA, CHARLIE, OverrideEffect.DENY,
                Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"), BEN);
        permissions().saveOverride(expired);
        permissions().saveOverride(override(ANNA, ALPHA, OverrideEffect.GRANT, null));
        permissions().saveOverride(override(BEN, BRAVO, OverrideEffect.GRANT, null));
        permissions().saveOverride(override(ANNA, BRAVO, OverrideEffect.DENY, AT.plusSeconds(86_400)));

        assertThat(permissions().overridesOf(ANNA)).extracting(UserOverride::feature)
                .containsExactly(ALPHA, BRAVO, CHARLIE);
        assertThat(permissions().overridesOf(ANNA)).last().satisfies(o -> assertSameState(o, expired));
        assertThat(permissions().overridesOf(BEN)).extracting(UserOverride::feature).containsExactly(BRAVO);
        assertThat(permissions().overridesOf("contract-nobody")).isEmpty();
    }

    @Test
    void deleteOverrideRemovesOnlyThatOverrideAndTellsWhetherThereWasOne() {
        permissions().saveOverride(override(ANNA, ALPHA, OverrideEffect.GRANT, null));
        permissions().saveOverride(override(ANNA, BRAVO, OverrideEffect.DENY, null));
        permissions().saveOverride(override(BEN, ALPHA, OverrideEffect.GRANT, null));

        assertThat(permissions().deleteOverride(ANNA, ALPHA)).isTrue();
        assertThat(permissions().deleteOverride(ANNA, ALPHA)).isFalse();
        assertThat(permissions().deleteOverride("contract-nobody", ALPHA)).isFalse();

        assertThat(permissions().findOverride(ANNA, ALPHA)).isEmpty();
        assertThat(permissions().overridesOf(ANNA)).extracting(UserOverride::feature).containsExactly(BRAVO);
        assertThat(permissions().findOverride(BEN, ALPHA)).isPresent();
    }

    @Test
    void findOverrideFindsNothingUnknown() {
        permissions().saveOverride(override(ANNA, ALPHA, OverrideEffect.GRANT, null));

        assertThat(permissions().findOverride(ANNA, BRAVO)).isEmpty();
        assertThat(permissions().findOverride(BEN, ALPHA)).isEmpty();
    }

    @Test
    void userNamesBeyondLatin1RoundTrip() {
        UserOverride override = permissions().saveOverride(
                new UserOverride(JUERGEN, ALPHA, OverrideEffect.DENY, null, AT, "Ølstykke-管理者"));

        assertSameState(permissions().findOverride(JUERGEN, ALPHA).orElseThrow(), override);
        assertThat(permissions().overridesOf(JUERGEN)).singleElement().satisfies(o -> assertSameState(o, override));
        assertThat(permissions().deleteOverride(JUERGEN, ALPHA)).isTrue();
    }

    @Test
    void anOverrideOfAFeatureTheCatalogueDoesNotKnowIsRefusedWithATypedError() {
        Throwable refused = catchThrowable(
                () -> permissions().saveOverride(override(ANNA, UNKNOWN, OverrideEffect.GRANT, null)));

        assertThat(refused).as("an override of an unknown feature").isInstanceOf(TrackingException.class);
        assertThat(permissions().findOverride(ANNA, UNKNOWN)).isEmpty();
        assertThat(permissions().overridesOf(ANNA)).isEmpty();
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** A grant of {@code feature} to {@code role}, made at {@link #AT} by {@link #ANNA}. */
    protected static RoleGrant grant(String role, String feature) {
        return new RoleGrant(role, feature, AT, ANNA);
    }

    /** An override of {@code feature} for {@code userId}, made at {@link #AT} by {@link #ANNA}. */
    protected static UserOverride override(String userId, String feature, OverrideEffect effect, Instant expiresAt) {
        return new UserOverride(userId, feature, effect, expiresAt, AT, ANNA);
    }

    /** The codes among {@code codes} that this suite registers, in the order given. */
    protected static List<String> suiteCodes(List<String> codes) {
        return codes.stream().filter(code -> code.startsWith("contract.")).toList();
    }
}
