package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.time.Clock;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The README's embedding example, as written, over a freshly migrated database with its seeded data. */
class ReadmeExampleTest {

    @Test
    void theEmbeddingExampleRunsAsTheReadmeShowsIt() {
        try (TestDatabase database = TestDatabase.create(DatabaseKind.H2)) {
            DataSource dataSource = database.dataSource();
            TrackingSchema.migrate(dataSource);
            TrackingPlatform platform = TrackingPlatform.builder()
                    .persistence(JdbiPersistence.create(dataSource))
                    .actorProvider(() -> Actor.user("jane", "operator"))
                    .clock(Clock.systemUTC())
                    .build();

            Mawb mawb = platform.mawbs().create(new CreateMawbCommand(AwbNumber.parse("020-12345675"),
                    TestData.mawbDetails()));
            platform.events().record(RecordEventCommand.actual(ShipmentRef.of(mawb.id()), "DEP",
                    OffsetDateTime.parse("2026-11-23T14:05:00+01:00"), AirportCode.of("FRA"), EventSource.CARRIER));

            assertThat(mawb.carrier()).isEqualTo("LH");
            assertThat(platform.mawbs().get(mawb.id()).status()).isEqualTo(ShipmentStatus.DEPARTED);
        }
    }
}
