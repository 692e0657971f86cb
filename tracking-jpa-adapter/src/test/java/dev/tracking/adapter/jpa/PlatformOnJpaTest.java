package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.CarrierCode;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.hawb.CreateHawbCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core's use cases composed over this adapter, as a host would (the class Javadoc's example): units of work span
 * the services' reads and writes, and the status an event sets is stored with it. The database is emptied of its
 * reference data (the test registers its own carrier), so the actor's role is given every feature first, through the
 * adapter's permission port, and the default workflow that new MAWBs start on is stored again through its workflow
 * definition port.
 */
class PlatformOnJpaTest {

    private TestDatabase database;
    private JpaPersistence persistence;
    private TrackingPlatform platform;

    @BeforeEach
    void composeThePlatform() {
        database = TestDatabase.create(DatabaseKind.H2);
        TrackingSchema.migrate(database.dataSource());
        persistence = JpaPersistence.create(database.dataSource());
        database.truncateAll();
        for (Feature feature : Feature.values()) {
            persistence.permissions().saveFeature(feature.code(), feature.description());
            persistence.permissions().insertGrant(new RoleGrant("ops", feature.code(), Instant.EPOCH, "test"));
        }
        persistence.workflowDefinitions().insert(DefaultWorkflows.usAirImport());
        platform = TrackingPlatform.builder()
                .persistence(persistence)
                .actorProvider(() -> Actor.user("jane", "ops"))
                .clock(Clock.fixed(Instant.parse("2025-03-16T12:00:00Z"), ZoneOffset.UTC))
                .build();
    }

    @AfterEach
    void close() {
        persistence.close();
        database.close();
    }

    @Test
    void eventsMoveTheStatusOfAMawbAndItsHouse() {
        platform.carriers().register(new RegisterCarrierCommand(CarrierCode.of("LH", "020"), "Lufthansa Cargo", null,
                true));
        Mawb mawb = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1), TestData.mawbDetails()));
        Hawb hawb = platform.hawbs().create(new CreateHawbCommand(mawb.id(), HawbNumber.parse("HAM0042"),
                TestData.hawbDetails()));

        EventOutcome departed = platform.events().record(RecordEventCommand.actual(ShipmentRef.of(mawb.id()), "DEP",
                OffsetDateTime.parse("2025-03-15T13:17:00+01:00"), AirportCode.of("FRA"), EventSource.CARRIER));
        EventOutcome again = platform.events().record(RecordEventCommand.actual(ShipmentRef.of(mawb.id()), "DEP",
                OffsetDateTime.parse("2025-03-15T12:17:00Z"), AirportCode.of("FRA"), EventSource.CARRIER));
        platform.events().record(RecordEventCommand.actual(ShipmentRef.of(hawb.id()), "ARR",
                OffsetDateTime.parse("2025-03-15T15:32:00-05:00"), AirportCode.of("ORD"), EventSource.CARRIER));

        assertThat(departed.outcome()).isEqualTo(EventOutcome.Outcome.RECORDED);
        assertThat(again.outcome()).isEqualTo(EventOutcome.Outcome.DUPLICATE);
        Mawb stored = platform.mawbs().get(mawb.id());
        assertThat(stored.status()).isEqualTo(ShipmentStatus.DEPARTED);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(platform.hawbs().get(hawb.id()).status()).isEqualTo(ShipmentStatus.ARRIVED);
        assertThat(platform.events().timeline(ShipmentRef.of(mawb.id()), true)).extracting(TrackingEvent::code)
                .extracting(Object::toString).containsExactly("DEP", "ARR");
        assertThat(platform.dashboard().statistics().countsByStatus()).containsEntry(ShipmentStatus.DEPARTED, 1L);
        assertThat(platform.audit().verify(null, null).isIntact()).as("the audit chain of every change").isTrue();
    }
}
