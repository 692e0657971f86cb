package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ACTOR;
import static dev.tracking.core.usecase.PlatformFixture.ADMIN_ROLE;
import static dev.tracking.core.usecase.PlatformFixture.assertDenied;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.in.audit.SearchAuditCommand;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.permission.GrantFeatureCommand;
import dev.tracking.core.port.in.permission.SetOverrideCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PermissionUseCasesTest {

    private static final String BEN = "ben.okafor";
    private static final String CLERK = "clerk";
    private static final Actor BEN_AS_CLERK = Actor.user(BEN, CLERK);

    private PlatformFixture fx;
    private Mawb mawb;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
        fx.registerLufthansa();
        mawb = fx.createMawb(1234567);
    }

    // -------------------------------------------------------------------------------------------- catalogue, grants

    @Test
    void featuresListsEveryFeatureOfTheCatalogueInCodeOrder() {
        assertThat(fx.platform.permissions().features())
                .containsExactlyElementsOf(Arrays.stream(Feature.values()).map(Feature::code).sorted().toList());
    }

    @Test
    void grantsListsEveryRolesGrants() {
        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));

        assertThat(fx.platform.permissions().grants()).extracting(RoleGrant::role, RoleGrant::feature)
                .contains(org.assertj.core.groups.Tuple.tuple(CLERK, "mawb.read"),
                        org.assertj.core.groups.Tuple.tuple(ADMIN_ROLE, "admin.permissions"))
                .hasSize(Feature.values().length + 1);
    }

    @Test
    void aGrantGivesTheRolesHoldersTheFeatureAtOnceOnThisPlatform() {
        fx.actAs(BEN_AS_CLERK);
        assertDenied(() -> fx.platform.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);
        fx.actAsDefault();

        RoleGrant grant = fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));

        assertThat(grant).isEqualTo(new RoleGrant(CLERK, "mawb.read", fx.now(), ACTOR.userId()));
        fx.actAs(BEN_AS_CLERK);
        assertThat(fx.platform.mawbs().get(mawb.id())).isEqualTo(mawb);
        assertThat(fx.platform.permissions().myFeatures()).containsExactly("mawb.read");
    }

    @Test
    void grantingAFeatureTheRoleHasAlreadyIsADuplicateAndChangesNothing() {
        RoleGrant first = fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));
        fx.advance(Duration.ofMinutes(5));
        int entries = auditEntries().size();

        assertThatThrownBy(() -> fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read")))
                .isInstanceOf(DuplicateException.class);

        assertThat(fx.platform.permissions().grants()).filteredOn(g -> g.role().equals(CLERK)).containsExactly(first);
        assertThat(auditEntries()).hasSize(entries);
    }

    @Test
    void aGrantOrOverrideOfAnUnknownFeatureIsRefusedOnFieldFeatureAndChangesNothing() {
        List<RoleGrant> grants = fx.platform.permissions().grants();
        int entries = auditEntries().size();

        assertRejected(() -> fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "jobs.unknown")),
                "feature");
        assertRejected(() -> fx.platform.permissions().setOverride(
                new SetOverrideCommand(BEN, "jobs.unknown", OverrideEffect.GRANT, null)), "feature");
        assertRejected(() -> new GrantFeatureCommand(CLERK, "Mawb Read"), "feature");
        assertRejected(() -> new SetOverrideCommand(BEN, null, OverrideEffect.GRANT, null), "feature");

        assertThat(fx.platform.permissions().grants()).containsExactlyElementsOf(grants);
        assertThat(fx.platform.permissions().overridesOf(BEN)).isEmpty();
        assertThat(auditEntries()).hasSize(entries);
    }

    @Test
    void revokeTakesTheFeatureAwayAtOnceOnThisPlatform() {
        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));
        fx.actAs(BEN_AS_CLERK);
        fx.platform.mawbs().get(mawb.id());
        fx.actAsDefault();

        fx.platform.permissions().revoke(new GrantFeatureCommand(CLERK, "mawb.read"));

        assertThat(fx.platform.permissions().grants()).noneMatch(g -> g.role().equals(CLERK));
        fx.actAs(BEN_AS_CLERK);
        assertDenied(() -> fx.platform.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);
    }

    @Test
    void revokingAGrantTheRoleDoesNotHaveIsNotFoundAndNotAudited() {
        int entries = auditEntries().size();

        NotFoundException missing = catchThrowableOfType(NotFoundException.class,
                () -> fx.platform.permissions().revoke(new GrantFeatureCommand(CLERK, "mawb.read")));

        assertThat(missing.id()).contains(CLERK).contains("mawb.read");
        assertThat(auditEntries()).hasSize(entries);
    }

    // ------------------------------------------------------------------------------------------------- overrides

    @Test
    void aGrantOverrideGivesOneUserAFeatureTheirRolesDoNot() {
        fx.actAs(BEN, Set.of(CLERK), Map.of(Feature.MAWB_READ, OverrideEffect.GRANT));

        assertThat(fx.platform.mawbs().get(mawb.id())).isEqualTo(mawb);
        fx.actAs("carla.diaz", CLERK);
        assertDenied(() -> fx.platform.mawbs().get(mawb.id()), Feature.MAWB_READ, "carla.diaz");
    }

    @Test
    void aDenyOverrideTakesAwayFromOneUserAFeatureTheirRolesGive() {
        fx.actAs(BEN, Set.of(ADMIN_ROLE), Map.of(Feature.MAWB_READ, OverrideEffect.DENY));

        assertDenied(() -> fx.platform.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);
        assertThat(fx.createMawb(7654321).carrier()).as("mawb.write, which the roles still give").isEqualTo("LH");
        assertThat(fx.platform.permissions().myFeatures()).doesNotContain("mawb.read").contains("mawb.write");
    }

    @Test
    void denyBeatsGrantWhichBeatsTheRoles() {
        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));
        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "hawb.read"));
        fx.platform.permissions().grant(new GrantFeatureCommand("customs", "mawb.read"));
        setOverride(BEN, "mawb.read", OverrideEffect.DENY, null);
        setOverride(BEN, "bills.read", OverrideEffect.GRANT, null);

        assertThat(effective(BEN, CLERK, "customs")).containsExactlyInAnyOrder("hawb.read", "bills.read");
        assertThat(effective("carla.diaz", CLERK)).containsExactlyInAnyOrder("mawb.read", "hawb.read");

        setOverride(BEN, "bills.read", OverrideEffect.DENY, null);

        assertThat(effective(BEN, CLERK, "customs")).containsExactly("hawb.read");
        assertThat(effective(BEN, ADMIN_ROLE)).hasSize(Feature.values().length - 2)
                .doesNotContain("mawb.read", "bills.read");
    }

    @Test
    void overridesOfListsAUsersOverridesByFeatureAndSetOverrideReplacesOne() {
        UserOverride first = setOverride(BEN, "mawb.read", OverrideEffect.DENY, null);
        fx.advance(Duration.ofMinutes(1));
        UserOverride bills = setOverride(BEN, "bills.read", OverrideEffect.GRANT, fx.now().plusSeconds(3600));
        setOverride("carla.diaz", "hawb.read", OverrideEffect.GRANT, null);

        assertThat(first).isEqualTo(new UserOverride(BEN, "mawb.read", OverrideEffect.DENY, null,
                fx.now().minusSeconds(60), ACTOR.userId()));
        assertThat(fx.platform.permissions().overridesOf(BEN)).containsExactly(bills, first);

        UserOverride replaced = setOverride(BEN, "mawb.read", OverrideEffect.GRANT, null);

        assertThat(fx.platform.permissions().overridesOf(BEN)).containsExactly(bills, replaced);
    }

    @Test
    void anOverrideCountsUntilItExpiresByThePlatformsClock() {
        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));
        Instant inAnHour = fx.now().plusSeconds(3600);
        setOverride(BEN, "bills.read", OverrideEffect.GRANT, inAnHour);
        setOverride(BEN, "mawb.read", OverrideEffect.DENY, inAnHour);
        fx.actAs(BEN_AS_CLERK);
        assertThat(fx.platform.permissions().myFeatures()).containsExactly("bills.read");
        assertDenied(() -> fx.platform.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);

        fx.advance(Duration.ofMinutes(59));

        assertThat(fx.platform.permissions().myFeatures()).containsExactly("bills.read");

        fx.advance(Duration.ofMinutes(1));

        assertThat(fx.platform.permissions().myFeatures()).containsExactly("mawb.read");
        assertThat(fx.platform.mawbs().get(mawb.id())).isEqualTo(mawb);
        fx.actAsDefault();
        assertThat(fx.platform.permissions().overridesOf(BEN)).as("expired overrides are kept").hasSize(2);
    }

    @Test
    void anOverrideWhoseExpiryHasComeIsRefusedOnFieldExpiresAt() {
        assertRejected(() -> setOverride(BEN, "mawb.read", OverrideEffect.GRANT, fx.now()), "expiresAt");
        assertRejected(() -> setOverride(BEN, "mawb.read", OverrideEffect.GRANT, fx.now().minusSeconds(1)),
                "expiresAt");

        assertThat(fx.platform.permissions().overridesOf(BEN)).isEmpty();
    }

    @Test
    void removeOverrideEndsItAtOnceOnThisPlatform() {
        fx.actAs(BEN, Set.of(CLERK), Map.of(Feature.MAWB_READ, OverrideEffect.GRANT));
        fx.platform.mawbs().get(mawb.id());
        fx.actAsDefault();

        fx.platform.permissions().removeOverride(BEN, "mawb.read");

        assertThat(fx.platform.permissions().overridesOf(BEN)).isEmpty();
        fx.actAs(BEN_AS_CLERK);
        assertDenied(() -> fx.platform.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);
    }

    @Test
    void removingAnOverrideTheUserDoesNotHaveIsNotFound() {
        int entries = auditEntries().size();

        assertThatThrownBy(() -> fx.platform.permissions().removeOverride(BEN, "mawb.read"))
                .isInstanceOf(NotFoundException.class);

        assertThat(auditEntries()).hasSize(entries);
    }

    @Test
    void myFeaturesNeedsNoFeature() {
        fx.actAs("nobody");

        assertThat(fx.platform.permissions().myFeatures()).isEmpty();
        fx.actAsDefault();
        assertThat(fx.platform.permissions().myFeatures()).hasSize(Feature.values().length);
    }

    // ----------------------------------------------------------------------------------------------------- audit

    @Test
    void everyChangeIsAuditedWithTheValuesBeforeAndAfter() {
        int before = auditEntries().size();
        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));
        fx.advance(Duration.ofMinutes(1));
        fx.platform.permissions().revoke(new GrantFeatureCommand(CLERK, "mawb.read"));
        setOverride(BEN, "bills.read", OverrideEffect.GRANT, null);
        fx.advance(Duration.ofMinutes(1));
        Instant expiry = fx.now().plusSeconds(3600);
        setOverride(BEN, "bills.read", OverrideEffect.DENY, expiry);
        fx.platform.permissions().removeOverride(BEN, "bills.read");

        List<AuditEntry> entries = auditEntries().subList(before, auditEntries().size());

        assertThat(entries).extracting(AuditEntry::entity, AuditEntry::recordId, AuditEntry::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ROLE_FEATURE", "clerk/mawb.read", AuditAction.INSERT),
                org.assertj.core.groups.Tuple.tuple("ROLE_FEATURE", "clerk/mawb.read", AuditAction.DELETE),
                org.assertj.core.groups.Tuple.tuple("USER_OVERRIDE", "ben.okafor/bills.read", AuditAction.INSERT),
                org.assertj.core.groups.Tuple.tuple("USER_OVERRIDE", "ben.okafor/bills.read", AuditAction.UPDATE),
                org.assertj.core.groups.Tuple.tuple("USER_OVERRIDE", "ben.okafor/bills.read", AuditAction.DELETE));
        assertThat(entries).extracting(AuditEntry::actor).containsOnly(ACTOR.userId());
        String granted = fx.now().minusSeconds(120).toString();
        assertThat(entries.get(0).changes()).containsOnly(
                Map.entry("role", new FieldChange(null, CLERK)),
                Map.entry("feature", new FieldChange(null, "mawb.read")),
                Map.entry("grantedAt", new FieldChange(null, granted)),
                Map.entry("grantedBy", new FieldChange(null, ACTOR.userId())));
        assertThat(entries.get(1).changes()).containsOnly(
                Map.entry("role", new FieldChange(CLERK, null)),
                Map.entry("feature", new FieldChange("mawb.read", null)),
                Map.entry("grantedAt", new FieldChange(granted, null)),
                Map.entry("grantedBy", new FieldChange(ACTOR.userId(), null)));
        assertThat(entries.get(3).changes()).containsOnly(
                Map.entry("effect", new FieldChange("GRANT", "DENY")),
                Map.entry("expiresAt", new FieldChange(null, expiry.toString())),
                Map.entry("createdAt", new FieldChange(fx.now().minusSeconds(60).toString(), fx.now().toString())));
        assertThat(entries.get(4).changes()).containsEntry("effect", new FieldChange("DENY", null));
    }

    // ----------------------------------------------------------------------------------------------------- nodes

    @Test
    void anotherNodeKeepsWhatItHasEvaluatedUntilItsCacheExpires() {
        TrackingPlatform otherNode = PlatformFixture.builderOver(fx.ports).clock(fx.clock)
                .actorProvider(() -> BEN_AS_CLERK).permissionCacheTtl(Duration.ofHours(1)).build();
        assertDenied(() -> otherNode.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);

        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));

        assertDenied(() -> otherNode.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);
        fx.actAs(BEN_AS_CLERK);
        assertThat(fx.platform.mawbs().get(mawb.id())).as("on the node that made the change").isEqualTo(mawb);
    }

    @Test
    void anotherNodeWithoutCachingSeesEveryChangeAtItsNextCheck() {
        TrackingPlatform otherNode = PlatformFixture.builderOver(fx.ports).clock(fx.clock)
                .actorProvider(() -> BEN_AS_CLERK).permissionCacheTtl(Duration.ZERO).build();
        assertDenied(() -> otherNode.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);

        fx.platform.permissions().grant(new GrantFeatureCommand(CLERK, "mawb.read"));

        assertThat(otherNode.mawbs().get(mawb.id())).isEqualTo(mawb);

        fx.platform.permissions().setOverride(new SetOverrideCommand(BEN, "mawb.read", OverrideEffect.DENY, null));

        assertDenied(() -> otherNode.mawbs().get(mawb.id()), Feature.MAWB_READ, BEN);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private UserOverride setOverride(String userId, String feature, OverrideEffect effect, Instant expiresAt) {
        return fx.platform.permissions().setOverride(new SetOverrideCommand(userId, feature, effect, expiresAt));
    }

    private Set<String> effective(String userId, String... roles) {
        return fx.platform.permissions().effectiveFeatures(userId, Set.of(roles));
    }

    private List<AuditEntry> auditEntries() {
        return fx.platform.audit().search(new SearchAuditCommand(AuditCriteria.any(), SortDirection.ASC,
                PageRequest.first(PageRequest.MAX_LIMIT))).items();
    }
}
