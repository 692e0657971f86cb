package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.identifier.CarrierCode;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.testsupport.TestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The platform over this adapter, composed as a host does ({@code TrackingPlatform.builder().persistence(
 * JpaPersistence.create(dataSource))}): each audited use case writes its change and its audit entry in one
 * transaction, so they commit or roll back together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditedPlatformChecks {

    private static final Actor ACTOR = Actor.user("anna.schmidt", "ops");

    abstract DatabaseUnderTest db();

    private JpaPersistence persistence;
    private TrackingPlatform platform;

    @BeforeAll
    void createThePersistence() {
        persistence = JpaPersistence.create(db().rawDataSource());
    }

    @AfterAll
    void closeThePersistence() {
        persistence.close();
    }

    /**
     * A truncated database has no feature catalogue and no seeded workflow: register the catalogue, give the actor's
     * role every feature and store the default workflow new MAWBs start on, straight through the ports, so that the
     * audit log starts empty.
     */
    @BeforeEach
    void givenAPlatformOverAnEmptyDatabase() {
        db().database().truncateAll();
        for (Feature feature : Feature.values()) {
            persistence.permissions().saveFeature(feature.code(), feature.description());
            persistence.permissions().insertGrant(new RoleGrant("ops", feature.code(), Instant.EPOCH, "test"));
        }
        persistence.workflowDefinitions().insert(DefaultWorkflows.usAirImport());
        platform = TrackingPlatform.builder().persistence(persistence).actorProvider(() -> ACTOR).build();
    }

    @Test
    void aUseCaseCommitsItsChangeAndItsEntryTogether() {
        registerLufthansa();
        Mawb mawb = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1), TestData.mawbDetails()));

        assertThat(persistence.carriers().findByDesignator("LH")).isPresent();
        assertThat(persistence.mawbWorkflows().findByMawb(mawb.id())).as("the workflow the new MAWB started on")
                .map(MawbWorkflow::currentStep).contains(DefaultWorkflows.usAirImport().first().code());
        List<AuditEntry> entries = allEntries();
        assertThat(entries).extracting(AuditEntry::entity).containsExactly("CARRIER", "MAWB", "MAWB_WORKFLOW");
        assertThat(entries.get(0)).satisfies(entry -> {
            assertThat(entry.seq()).isEqualTo(1);
            assertThat(entry.recordId()).isEqualTo("LH");
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.actor()).isEqualTo(ACTOR.userId());
            assertThat(entry.changes()).containsEntry("name", new FieldChange(null, "Lufthansa Cargo"));
        });
        assertThat(entries.get(1).recordId()).isEqualTo(mawb.id().toString());
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).recordId()).as("the MAWB's workflow").isEqualTo(mawb.id().toString());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(persistence.auditLog().head()).contains(new ChainHead(3, entries.get(2).hash()));
        assertThat(platform.audit().verify(null, null).isIntact()).isTrue();
    }

    @Test
    void aUnitThatFailsAfterTheUseCaseAppendedLeavesNeitherTheChangeNorTheEntry() {
        IllegalStateException failure = new IllegalStateException("the host's work fails afterwards");

        Throwable thrown = catchThrowable(() -> persistence.transactions().run(() -> {
            registerLufthansa();
            assertThat(persistence.auditLog().findBySeq(1)).as("the entry, appended inside the unit").isPresent();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingStored();
    }

    @Test
    void aUnitWhoseSecondUseCaseFailsInTheDatabaseLeavesNeitherChangeNorEntry() {
        Throwable thrown = catchThrowable(() -> persistence.transactions().run(() -> {
            registerLufthansa();
            platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("XX", "020"), "Same prefix",
                    null, true));
        }));

        assertThat(thrown).isInstanceOf(DuplicateException.class);
        assertNothingStored();
    }

    @Test
    void aFailedUseCaseOfItsOwnLeavesNoEntryAndTheChainGoesOn() {
        registerLufthansa();

        Throwable thrown = catchThrowable(() -> platform.carriers().register(new RegisterCarrierCommand(
                CarrierCode.of("XX", "020"), "Same prefix", null, true)));

        assertThat(thrown).isInstanceOf(DuplicateException.class);
        assertThat(allEntries()).extracting(AuditEntry::seq).containsExactly(1L);
        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("EK", "176"), "Emirates SkyCargo",
                null, true));
        assertThat(allEntries()).extracting(AuditEntry::recordId).containsExactly("LH", "EK");
        assertThat(platform.audit().verify(null, null).isIntact()).isTrue();
    }

    @Test
    void verifyFindsARowAlteredWithPlainSql() throws Exception {
        registerThreeCarriers();
        assertThat(platform.audit().verify(null, null).isIntact()).isTrue();

        try (var connection = db().rawDataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
        }

        var result = platform.audit().verify(null, null);
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(2L);
        assertThat(result.reason()).contains("content");
    }

    @Test
    void verifyFindsARowDeletedWithPlainSql() throws Exception {
        registerThreeCarriers();

        try (var connection = db().rawDataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
        }

        assertThat(platform.audit().verify(null, null).firstBrokenSeq()).isEqualTo(2L);
    }

    private void registerThreeCarriers() {
        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "020"), "LH Cargo", null, true));
        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("AF", "057"), "AF Cargo", null, true));
        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("KL", "074"), "KL Cargo", null, true));
    }

    private void registerLufthansa() {
        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "020"), "Lufthansa Cargo",
                null, true));
    }

    private List<AuditEntry> allEntries() {
        return persistence.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 100);
    }

    private void assertNothingStored() {
        assertThat(persistence.carriers().findAll()).isEmpty();
        assertThat(allEntries()).isEmpty();
        assertThat(persistence.transactions().inTransaction(() -> persistence.auditLog().lockHead()))
                .isEqualTo(ChainHead.EMPTY);

        registerLufthansa();

        assertThat(allEntries()).extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(platform.audit().verify(null, null).isIntact()).isTrue();
    }
}
