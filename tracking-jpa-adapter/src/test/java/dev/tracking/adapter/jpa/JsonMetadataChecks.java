package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The events' metadata is stored as a JSON object (jsonb on PostgreSQL, JSON on H2), not as a JSON string holding
 * the object's text, so that SQL (and the Jdbi adapter) reads it as the object it is.
 */
abstract class JsonMetadataChecks {

    abstract DatabaseUnderTest db();

    @Test
    void metadataIsStoredAsAJsonObject() throws SQLException {
        PersistencePorts ports = db().emptyPorts();
        ports.carriers().insert(TestData.carrier());
        Mawb mawb = ports.mawbs().insert(TestData.mawb(1));
        TrackingEvent event = TestData.eventBuilder(ShipmentRef.of(mawb.id()))
                .metadata(Map.of("handler", "Swissport", "備考", "東京行き \"quoted\""))
                .build();

        ports.events().insertNew(List.of(event));

        String sql = db().kind() == DatabaseKind.POSTGRESQL
                ? "SELECT jsonb_typeof(metadata) = 'object', metadata ->> '備考' FROM mawb_events WHERE id = ?"
                : "SELECT metadata IS JSON OBJECT, CAST(metadata AS VARCHAR) FROM mawb_events WHERE id = ?";
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, event.id().value());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("stored as a JSON object").isTrue();
                if (db().kind() == DatabaseKind.POSTGRESQL) {
                    assertThat(row.getString(2)).as("the value at key 備考").isEqualTo("東京行き \"quoted\"");
                } else {
                    assertThat(row.getString(2)).as("the JSON text").contains("\"備考\":\"東京行き \\\"quoted\\\"\"");
                }
            }
        }
        assertThat(ports.events().findBySubjects(List.of(ShipmentRef.of(mawb.id())))).singleElement()
                .satisfies(found -> assertThat(found.metadata()).isEqualTo(event.metadata()));
    }
}
