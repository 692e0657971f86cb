package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.core.port.in.event.RecordEventCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline: the same event rows written into the same {@code mawb_events} table with nothing but JDBC, one
 * prepared {@code INSERT} batched per feed batch and one commit per batch (or one auto-committed row per event on the
 * single-event path). No dedupe, no status, no audit: what the hardware and driver allow for the rows alone.
 */
final class PlainJdbcEvents {

    private static final String INSERT = """
            INSERT INTO mawb_events (id, mawb_id, code, time_type, occurred_at, occurred_offset, location, portion_type,
                                     portion_pieces, portion_weight_amount, portion_weight_unit, flight, source,
                                     remarks, metadata, dedupe_key, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, ?, NULL, %s, ?, ?, ?)
            """;

    private final DataSource dataSource;
    private final String insert;

    PlainJdbcEvents(DataSource dataSource, BenchDatabaseKind kind) {
        this.dataSource = dataSource;
        this.insert = INSERT.formatted(kind == BenchDatabaseKind.POSTGRESQL ? "CAST(? AS jsonb)" : "? FORMAT JSON");
    }

    /** Inserts each batch's distinct events with one JDBC batch and one commit per batch; returns the rows written. */
    long insertBatches(List<List<RecordEventCommand>> batches, String recordedBy) throws SQLException {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (List<RecordEventCommand> batch : batches) {
                    for (RecordEventCommand event : batch) {
                        bind(statement, event, recordedBy);
                        statement.addBatch();
                        rows++;
                    }
                    statement.executeBatch();
                    connection.commit();
                }
            }
        }
        return rows;
    }

    /** Inserts every event on its own, each committed at once. */
    long insertOneByOne(List<RecordEventCommand> events, String recordedBy) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            connection.setAutoCommit(true);
            for (RecordEventCommand event : events) {
                bind(statement, event, recordedBy);
                statement.executeUpdate();
            }
        }
        return events.size();
    }

    private static void bind(PreparedStatement statement, RecordEventCommand event, String recordedBy)
            throws SQLException {
        OffsetDateTime occurred = event.occurredAt();
        statement.setObject(1, UUID.randomUUID());
        statement.setObject(2, event.subject().id());
        statement.setString(3, event.code().value());
        statement.setString(4, event.timeType().name());
        statement.setObject(5, occurred.withOffsetSameInstant(ZoneOffset.UTC));
        statement.setInt(6, occurred.getOffset().getTotalSeconds());
        statement.setString(7, event.location() == null ? null : event.location().value());
        if (event.flight() == null) {
            statement.setNull(8, Types.VARCHAR);
        } else {
            statement.setString(8, event.flight().value());
        }
        statement.setString(9, event.source().name());
        statement.setString(10, "{}");
        statement.setString(11, event.effectiveDedupeKey());
        statement.setObject(12, OffsetDateTime.now(ZoneOffset.UTC));
        statement.setString(13, recordedBy);
    }
}
