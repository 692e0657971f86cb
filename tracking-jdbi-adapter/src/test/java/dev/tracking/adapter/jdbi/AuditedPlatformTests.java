package dev.tracking.adapter.jdbi;

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
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.testsupport.database.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform over this adapter, composed as a host does ({@code TrackingPlatform.builder().persistence(...)}):
 * each audited use case writes its change and its audit entry in one transaction, so they commit or roll back
 * together.
 */
abstract class AuditedPlatformTests {

    private static final Actor ACTOR = Actor.user("anna.schmidt", "ops");

    private JdbiPersistence persistence;
    private TrackingPlatform platform;

    abstract TestDatabase database();

    /**
     * A truncated database has no feature catalogue: register it and give the actor's role every feature, straight
     * through the port so that the audit log starts empty.
     */
    @BeforeEach
    void givenAPlatformOverAnEmptyDatabase() {
        database().truncateAll();
        persistence = JdbiPersistence.create(database().dataSource());
        Instant now = Instant.now();
        for (Feature feature : Feature.values()) {
            persistence.permissions().saveFeature(feature.code(), feature.description());
            persistence.permissions().insertGrant(new RoleGrant("ops", feature.code(), now, "test"));
        }
        platform = TrackingPlatform.builder().persistence(persistence).actorProvider(() -> ACTOR).build();
    }

    @Test
    void aUseCaseCommitsItsChangeAndItsEntryTogether() {
        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "020"), "Lufthansa Cargo",
                null, true));

        assertThat(persistence.carriers().findByDesignator("LH")).isPresent();
        List<AuditEntry> entries = persistence.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.seq()).isEqualTo(1);
            assertThat(entry.entity()).isEqualTo("CARRIER");
            assertThat(entry.recordId()).isEqualTo("LH");
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.actor()).isEqualTo(ACTOR.userId());
            assertThat(entry.changes()).containsEntry("name", new FieldChange(null, "Lufthansa Cargo"));
        });
        assertThat(persistence.auditLog().head()).contains(new ChainHead(1, entries.get(0).hash()));
        assertThat(platform.audit().verify(null, null).isIntact()).isTrue();
    }

    @Test
    void aUnitThatFailsAfterTheUseCaseAppendedLeavesNeitherTheChangeNorTheEntry() {
        IllegalStateException failure = new IllegalStateException("the host's work fails afterwards");

        Throwable thrown = catchThrowable(() -> persistence.transactions().run(() -> {
            platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "020"), "Lufthansa Cargo",
                    null, true));
            assertThat(persistence.auditLog().findBySeq(1)).as("the entry, appended inside the unit").isPresent();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingStored();
    }

    @Test
    void aUnitWhoseSecondUseCaseFailsInTheDatabaseLeavesNeitherChangeNorEntry() {
        Throwable thrown = catchThrowable(() -> persistence.transactions().run(() -> {
            platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "020"), "Lufthansa Cargo",
                    null, true));
            platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "999"), "Again", null,
                    true));
        }));

        assertThat(thrown).isInstanceOf(DuplicateException.class);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(persistence.carriers().findAll()).isEmpty();
        assertThat(persistence.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 10)).isEmpty();
        assertThat(persistence.transactions().inTransaction(() -> persistence.auditLog().lockHead()))
                .isEqualTo(ChainHead.EMPTY);

        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "020"), "Lufthansa Cargo",
                null, true));

        assertThat(persistence.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 10))
                .extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(platform.audit().verify(null, null).isIntact()).isTrue();
    }

    @Test
    void verifyFindsARowAlteredWithPlainSql() throws Exception {
        for (String designator : List.of("LH", "AF", "KL")) {
            platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of(designator,
                    switch (designator) {
                        case "LH" -> "020";
                        case "AF" -> "057";
                        default -> "074";
                    }), designator + " Cargo", null, true));
        }
        assertThat(platform.audit().verify(null, null).isIntact()).isTrue();

        try (var connection = database().dataSource().getConnection();
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
        for (String designator : List.of("LH", "AF", "KL")) {
            platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of(designator,
                    switch (designator) {
                        case "LH" -> "020";
                        case "AF" -> "057";
                        default -> "074";
                    }), designator + " Cargo", null, true));
        }

        try (var connection = database().dataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
        }

        assertThat(platform.audit().verify(null, null).firstBrokenSeq()).isEqualTo(2L);
    }
}
