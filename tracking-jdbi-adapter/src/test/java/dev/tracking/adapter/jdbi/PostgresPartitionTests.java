package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** On PostgreSQL, events land in the monthly partition of their recording time, or in the default one. */
abstract class PostgresPartitionTests {

    abstract TestDatabase database();

    abstract JdbiPersistence persistence();

    @Test
    void eventsLandInThePartitionOfTheirRecordingMonth() throws SQLException {
        database().truncateAll();
        persistence().carriers().insert(TestData.carrier());
        Mawb mawb = persistence().mawbs().insert(TestData.mawb(1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TrackingEvent recent = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("now").recordedAt(now)
                .build();
        TrackingEvent old = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("old")
                .recordedAt(Instant.parse("2020-01-15T00:00:00Z")).build();

        persistence().events().insertNew(List.of(recent, old));

        ZonedDateTime month = now.atZone(ZoneOffset.UTC);
        assertThat(partitionOf(recent)).isEqualTo(String.format(Locale.ROOT, "mawb_events_y%04dm%02d",
                month.getYear(), month.getMonthValue()));
        assertThat(partitionOf(old)).isEqualTo("mawb_events_default");
        assertThat(persistence().events().findBySubjects(List.of(ShipmentRef.of(mawb.id())))).hasSize(2);
    }

    private String partitionOf(TrackingEvent event) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT tableoid::regclass::text FROM mawb_events WHERE id = ?")) {
            statement.setObject(1, event.id().value());
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
