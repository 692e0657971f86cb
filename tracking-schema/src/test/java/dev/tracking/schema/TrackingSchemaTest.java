package dev.tracking.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migrations on both databases: they apply, re-run cleanly, seed reference data and enforce the constraints. */
class TrackingSchemaTest {

    private TestDatabase database;

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migratesIntoItsOwnHistoryTableAndSchema(DatabaseKind kind) throws SQLException {
        database = TestDatabase.create(kind);
        MigrateResult result = migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM \"tracking_schema_history\" WHERE \"success\" AND \"type\" = 'SQL'")).isEqualTo(8);
        assertThat(tables()).contains("carriers", "file_types", "features", "role_features", "user_overrides",
                "mawbs", "hawbs", "mawb_events", "hawb_events", "event_dedupe_keys", "mawb_flights",
                "mawb_references", "mawb_equipment", "workflow_definitions", "workflow_steps", "mawb_workflows",
                "mawb_workflow_transitions", "scheduled_jobs", "scheduled_job_attempts", "job_type_pauses",
                "audit_log", "attachments", "bills");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migratingAgainChangesNothing(DatabaseKind kind) {
        database = TestDatabase.create(kind);
        migrate();

        MigrateResult again = migrate();

        assertThat(again.migrationsExecuted).isZero();
        assertThat(TrackingSchema.configure(database.dataSource()).schema(database.schema()).flyway().validateWithResult()
                .validationSuccessful).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void seedsReferenceData(DatabaseKind kind) throws SQLException {
        database = TestDatabase.create(kind);
        migrate();

        assertThat(count("SELECT count(*) FROM carriers")).isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT count(*) FROM carriers WHERE designator = 'EK' AND awb_prefix = '176'")).isOne();
        assertThat(count("SELECT count(*) FROM carriers WHERE designator = 'LH' AND awb_prefix = '020'")).isOne();
        assertThat(count("SELECT count(*) FROM file_types WHERE code IN ('MAWB', 'HAWB', 'COMMERCIAL_INVOICE', "
                + "'PACKING_LIST', 'ARRIVAL_NOTICE', 'DELIVERY_ORDER', 'CUSTOMS_RELEASE', 'PROOF_OF_DELIVERY')"))
                .isEqualTo(8);
        assertThat(count("SELECT count(*) FROM features WHERE code IN ('mawb.read', 'mawb.write', 'hawb.read', "
                + "'hawb.write', 'events.write', 'workflow.advance', 'attachments.write', 'bills.write', 'jobs.read',"
                + " 'jobs.retry', 'audit.read', 'audit.export', 'admin.permissions')")).isEqualTo(13);
        assertThat(count("SELECT count(*) FROM role_features WHERE role = 'admin'"))
                .isEqualTo(count("SELECT count(*) FROM features"));
        assertThat(count("SELECT count(*) FROM role_features WHERE role = 'viewer' AND feature_code LIKE '%.write'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM audit_chain_head WHERE last_seq = 0")).isOne();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void referenceDataKeepsTheHostsChangesWhenReRun(DatabaseKind kind) throws SQLException {
        database = TestDatabase.create(kind);
        migrate();
        execute("UPDATE carriers SET name = 'Our LH', active = false WHERE designator = 'LH'");
        execute("DELETE FROM \"tracking_schema_history\" WHERE \"version\" IS NULL");

        migrate();

        assertThat(count("SELECT count(*) FROM carriers WHERE designator = 'LH' AND name = 'Our LH' AND NOT active"))
                .isOne();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void enforcesUniqueAndCheckConstraints(DatabaseKind kind) throws SQLException {
        database = TestDatabase.create(kind);
        migrate();
        String mawb = "INSERT INTO mawbs (id, awb_number, carrier, origin, destination, shipper_name, consignee_name,"
                + " pieces, weight_amount, weight_unit, customs_status, status, created_at, updated_at, version) VALUES"
                + " ('%s', '%s', 'LH', 'FRA', 'ORD', 'S', 'C', %d, 10, 'KG', 'NOT_REPORTED', 'CREATED',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)";
        execute(mawb.formatted("00000000-0000-7000-8000-000000000001", "020-12345675", 1));

        assertThatThrownBy(() -> execute(mawb.formatted("00000000-0000-7000-8000-000000000002", "020-12345675", 1)))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(mawb.formatted("00000000-0000-7000-8000-000000000003", "020-1234567", 1)))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(mawb.formatted("00000000-0000-7000-8000-000000000004", "020-12345686", 0)))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(mawb.replace("'LH'", "'ZZ'")
                .formatted("00000000-0000-7000-8000-000000000005", "020-12345697", 1)))
                .isInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void keepsIdempotencyKeysUniqueOnlyAmongLiveJobs(DatabaseKind kind) throws SQLException {
        database = TestDatabase.create(kind);
        migrate();
        String job = "INSERT INTO scheduled_jobs (id, job_type, run_at, status, max_attempts, idempotency_key,"
                + " created_at, updated_at) VALUES ('%s', 'email', CURRENT_TIMESTAMP, '%s', 3, 'k1',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
        execute(job.formatted("00000000-0000-7000-8000-000000000001", "COMPLETED"));
        execute(job.formatted("00000000-0000-7000-8000-000000000002", "PENDING"));

        assertThatThrownBy(() -> execute(job.formatted("00000000-0000-7000-8000-000000000003", "RUNNING")))
                .isInstanceOf(SQLException.class);
    }

    private MigrateResult migrate() {
        return TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                ResultSet rs = c.getMetaData().getTables(null, database.schema(), "%", null)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
