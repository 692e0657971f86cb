package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL: {@code AuditLog.stream} reads through a server-side cursor (a portal the driver fetches from in
 * chunks), not a result the driver loads whole; and entries land in the monthly partition of their time.
 */
abstract class PostgresAuditTests {

    private static final int ENTRIES = 2_500;

    private StatementSpy spy;
    private JdbiPersistence persistence;

    abstract TestDatabase database();

    @BeforeEach
    void givenAnEmptyDatabase() {
        database().truncateAll();
        spy = new StatementSpy(database().dataSource());
        persistence = JdbiPersistence.create(spy.dataSource());
    }

    @Test
    void streamReadsThroughAnOpenCursorFetchingInChunks() {
        givenEntries(ENTRIES);
        spy.reset();
        List<String> cursorsWhileStreaming = new ArrayList<>();
        long[] handedOver = {0};

        persistence.transactions().run(() -> persistence.auditLog().stream(AuditCriteria.any(), entry -> {
            if (handedOver[0]++ == 0) {
                cursorsWhileStreaming.addAll(openCursors(spy.lastConnection()));
            }
        }));

        assertThat(handedOver[0]).isEqualTo(ENTRIES);
        assertThat(spy.callsOf("from audit_log")).extracting(StatementSpy.Call::method)
                .contains("setFetchSize(1000)");
        assertThat(cursorsWhileStreaming).as("portals open on the unit's connection while the first entry is"
                + " handed over").anySatisfy(statement -> assertThat(statement).containsIgnoringCase("from audit_log")
                        .containsIgnoringCase("order by seq"));
    }

    @Test
    void aSinkThatThrowsStopsTheQueryWithoutReadingTheRest() {
        givenEntries(ENTRIES);
        spy.reset();
        IllegalStateException failure = new IllegalStateException("the export's client went away");
        long[] handedOver = {0};

        Throwable thrown = catchThrowable(() -> persistence.transactions().run(() -> persistence.auditLog()
                .stream(AuditCriteria.any(), entry -> {
                    if (++handedOver[0] == 10) {
                        throw failure;
                    }
                })));

        assertThat(thrown).isSameAs(failure);
        assertThat(handedOver[0]).isEqualTo(10);
        assertThat(spy.rowsReadOf("from audit_log")).as("rows read from the result set (Jdbi reads one ahead)")
                .isEqualTo(11);
        assertThat(persistence.auditLog().findBySeq(ENTRIES)).as("the connection is fine afterwards").isPresent();
    }

    @Test
    void entriesLandInThePartitionOfTheirMonth() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditDraft> drafts = List.of(draft(now, 1), draft(Instant.parse("2020-01-15T00:00:00Z"), 2));
        appendInOneUnit(drafts);

        ZonedDateTime month = now.atZone(ZoneOffset.UTC);
        assertThat(partitionOf(1)).isEqualTo(String.format(Locale.ROOT, "audit_log_y%04dm%02d", month.getYear(),
                month.getMonthValue()));
        assertThat(partitionOf(2)).isEqualTo("audit_log_default");
        assertThat(persistence.auditLog().findBySeq(1).orElseThrow().at()).isEqualTo(now);
    }

    private void givenEntries(int count) {
        List<AuditDraft> drafts = new ArrayList<>(count);
        Instant at = Instant.parse("2025-03-14T09:26:53.589793Z");
        for (int i = 0; i < count; i++) {
            drafts.add(draft(at.plusMillis(i), i));
        }
        appendInOneUnit(drafts);
    }

    private static AuditDraft draft(Instant at, int i) {
        return new AuditDraft(at, "MAWB", "m-" + i, AuditAction.UPDATE, "anna",
                Map.of("details.pieces", new FieldChange(Integer.toString(i), Integer.toString(i + 1))), null,
                Map.of());
    }

    private List<AuditEntry> appendInOneUnit(List<AuditDraft> drafts) {
        return persistence.transactions().inTransaction(() -> {
            ChainHead head = persistence.auditLog().lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), drafts);
            persistence.auditLog().append(linked);
            return linked;
        });
    }

    /** The statements of the portals (cursors) open in the connection's session. */
    private static List<String> openCursors(Connection connection) {
        List<String> statements = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT statement FROM pg_cursors")) {
            while (rs.next()) {
                statements.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return statements;
    }

    private String partitionOf(long seq) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT tableoid::regclass::text FROM audit_log WHERE seq = ?")) {
            statement.setLong(1, seq);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
