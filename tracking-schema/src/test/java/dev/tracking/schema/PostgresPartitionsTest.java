package dev.tracking.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The monthly partitions of the event and audit tables on PostgreSQL, and the routines that maintain them. */
class PostgresPartitionsTest {

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.create(DatabaseKind.POSTGRESQL);
        TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aFreshSchemaHasPartitionsFromLastMonthToThreeMonthsAhead() throws SQLException {
        YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
        for (String table : new String[] {"mawb_events", "hawb_events", "audit_log"}) {
            assertThat(partitionsOf(table)).isGreaterThanOrEqualTo(5 + 1);
            for (int i = -1; i <= 3; i++) {
                YearMonth month = thisMonth.plusMonths(i);
                String name = "%s_y%dm%02d".formatted(table, month.getYear(), month.getMonthValue());
                assertThat(count("SELECT count(*) FROM pg_class WHERE relname = '" + name + "'")).as(name).isOne();
            }
            assertThat(count("SELECT count(*) FROM pg_class WHERE relname = '" + table + "_default'")).isOne();
        }
    }

    @Test
    void ensuringPartitionsMovesRowsTheDefaultPartitionTookForThatMonth() throws SQLException {
        execute("INSERT INTO carriers (designator, awb_prefix, name) VALUES ('Q1', '901', 'Test') "
                + "ON CONFLICT DO NOTHING");
        execute("INSERT INTO mawbs (id, awb_number, carrier, origin, destination, shipper_name, consignee_name,"
                + " pieces, weight_amount, weight_unit, customs_status, status, created_at, updated_at, version)"
                + " VALUES ('00000000-0000-7000-8000-0000000000a1', '901-12345675', 'Q1', 'FRA', 'ORD', 'S', 'C', 1,"
                + " 1, 'KG', 'NOT_REPORTED', 'CREATED', now(), now(), 1)");
        execute("INSERT INTO mawb_events (id, mawb_id, code, time_type, occurred_at, occurred_offset, source,"
                + " dedupe_key, recorded_at, recorded_by) VALUES ('00000000-0000-7000-8000-0000000000e1',"
                + " '00000000-0000-7000-8000-0000000000a1', 'ARR', 'ACTUAL', '2031-05-10T10:00:00Z', 0, 'API', 'k',"
                + " '2031-05-10T10:00:00Z', 'test')");
        assertThat(count("SELECT count(*) FROM mawb_events_default")).isOne();

        assertThat(count("SELECT tracking_ensure_partitions(0, DATE '2031-05-01')")).isEqualTo(3);

        assertThat(count("SELECT count(*) FROM mawb_events_default")).isZero();
        assertThat(count("SELECT count(*) FROM mawb_events_y2031m05")).isOne();
        assertThat(count("SELECT tracking_ensure_partitions(0, DATE '2031-05-01')")).isZero();
    }

    @Test
    void droppingPartitionsRemovesOnlyWholeMonthsBeforeTheCutoff() throws SQLException {
        count("SELECT tracking_ensure_partitions(2, DATE '2020-01-01')");
        execute("INSERT INTO event_dedupe_keys (shipment_kind, shipment_id, dedupe_key, event_id, claimed_at) VALUES"
                + " ('MAWB', '00000000-0000-7000-8000-0000000000b1', 'old', '00000000-0000-7000-8000-0000000000b2',"
                + " '2020-02-10T00:00:00Z'), ('MAWB', '00000000-0000-7000-8000-0000000000b1', 'kept',"
                + " '00000000-0000-7000-8000-0000000000b3', '2020-03-10T00:00:00Z')");

        assertThat(count("SELECT tracking_drop_partitions('audit_log', DATE '2020-03-01')")).isEqualTo(2);
        assertThat(count("SELECT tracking_drop_partitions('mawb_events', DATE '2020-03-01')")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM event_dedupe_keys WHERE dedupe_key = 'old'")).isZero();
        assertThat(count("SELECT count(*) FROM event_dedupe_keys WHERE dedupe_key = 'kept'")).isOne();

        assertThat(count("SELECT count(*) FROM pg_class WHERE relname = 'audit_log_y2020m03'")).isOne();
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname LIKE 'audit_log_y2020m0_' "
                + "AND relname < 'audit_log_y2020m03'")).isZero();
    }

    private long partitionsOf(String table) throws SQLException {
        return count("SELECT count(*) FROM pg_inherits WHERE inhparent = to_regclass('" + table + "')");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
