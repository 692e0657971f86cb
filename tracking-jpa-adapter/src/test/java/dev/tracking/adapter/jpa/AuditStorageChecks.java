package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.domain.audit.ChainVerifier;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.database.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the audit log's contract cannot see: the statements that reach the driver (one guarded move of the head, then
 * the entries in JDBC batches), the JSON the rows hold (the shape the Jdbi adapter writes too), the cursor behind
 * {@code stream}, the head row recreated once when two writers find it missing, and appends that do not follow the
 * head refused before they write.
 */
abstract class AuditStorageChecks {

    private static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589793Z");

    /** The JSON of {@link #varied()}'s changes and context, as Jackson writes it with its defaults. */
    private static final String CHANGES_JSON = "{\"details.notifyParty.name\":{\"before\":null,\"after\":\"Ben's\"},"
            + "\"details.pieces\":{\"before\":\"12\",\"after\":\"13\"},"
            + "\"remarks\":{\"before\":\"東京 \\\"quoted\\\"\",\"after\":null}}";
    private static final String CONTEXT_JSON = "{\"ip\":\"203.0.113.7\",\"tenant\":\"東京\"}";

    abstract DatabaseUnderTest db();

    private final ExecutorService racerThread = Executors.newSingleThreadExecutor();
    private PersistencePorts ports;

    @BeforeEach
    void emptyStore() {
        ports = db().emptyPorts();
    }

    @AfterEach
    void stopRacer() {
        racerThread.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------------- statements

    @Test
    void appendMovesTheHeadOnceAndThenInsertsTheEntriesInOneStatementOrInJdbcBatches() {
        appendInOneUnit(ports.auditLog(), drafts(1, "anna"));
        db().jdbc().clear();

        appendInOneUnit(ports.auditLog(), drafts(250, "anna"));

        List<Execution> executions = db().jdbc().executions();
        List<Execution> inserts = db().jdbc().insertsInto("audit_log");
        if (db().kind() == DatabaseKind.POSTGRESQL) {
            assertThat(inserts).singleElement().satisfies(insert -> assertThat(insert.sql()).contains("unnest("));
        } else {
            assertThat(inserts).allMatch(Execution::batched).extracting(Execution::rows)
                    .containsExactly(100, 100, 50);
        }
        List<Execution> head = db().jdbc().on("audit_chain_head");
        assertThat(head).extracting(e -> e.sql().toLowerCase(Locale.ROOT)).satisfiesExactly(
                // PostgreSQL: FOR NO KEY UPDATE, which conflicts with itself but lets foreign keys be checked
                lock -> assertThat(lock).matches("select .* from audit_chain_head .* for (no key )?update.*"),
                move -> assertThat(move).startsWith("update").contains("last_seq=?").contains("last_hash=?"));
        assertThat(executions.indexOf(head.get(1))).as("the head moves before the first entry is inserted")
                .isLessThan(executions.indexOf(inserts.get(0)));
    }

    @Test
    void anAppendThatDoesNotFollowTheHeadFailsBeforeItWritesAnEntry() {
        appendInOneUnit(ports.auditLog(), drafts(2, "anna"));
        db().jdbc().clear();

        Throwable fork = catchThrowable(() -> ports.transactions().run(() -> {
            ports.auditLog().lockHead();
            ports.auditLog().append(AuditChain.link(0, AuditChain.GENESIS, drafts(1, "mallory")));
        }));
        List<AuditEntry> twoAfterTheHead = AuditChain.link(2, "f".repeat(64), drafts(2, "mallory"));
        Throwable stale = catchThrowable(() -> ports.transactions().run(() -> {
            ports.auditLog().lockHead();
            ports.auditLog().append(twoAfterTheHead);
        }));
        List<AuditEntry> unlinked = List.of(twoAfterTheHead.get(1), twoAfterTheHead.get(0));
        Throwable outOfOrder = catchThrowable(() -> ports.transactions().run(() -> ports.auditLog().append(unlinked)));

        assertThat(fork).isInstanceOf(IllegalStateException.class).hasMessageContaining("do not follow");
        assertThat(stale).isInstanceOf(IllegalStateException.class).hasMessageContaining("do not follow");
        assertThat(outOfOrder).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not linked");
        assertThat(db().jdbc().insertsInto("audit_log")).isEmpty();
        assertThat(verified()).satisfies(result -> {
            assertThat(result.isIntact()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(2);
        });
    }

    // ------------------------------------------------------------------------------------------------------ JSON

    @Test
    void changesAndContextAreStoredAsJsonObjectsWithNullsKept() throws SQLException {
        AuditEntry entry = appendInOneUnit(ports.auditLog(), List.of(varied())).get(0);

        assertStoredJson(entry.seq());
        assertThat(ports.auditLog().findBySeq(entry.seq())).contains(entry);
    }

    @Test
    void aHostMapperThatLeavesNullsOutSortsAndRenamesPropertiesWritesTheSameJson() throws SQLException {
        JsonMapper unusual = JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .build();
        try (JpaPersistence persistence = JpaPersistence.builder(db().rawDataSource()).jsonMapper(unusual).build()) {
            AuditLog auditLog = persistence.auditLog();
            AuditEntry entry = persistence.transactions().inTransaction(() -> {
                ChainHead head = auditLog.lockHead();
                List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), List.of(varied()));
                auditLog.append(linked);
                return linked.get(0);
            });

            assertStoredJson(entry.seq());
            assertThat(auditLog.findBySeq(entry.seq())).contains(entry);
        }
    }

    // ---------------------------------------------------------------------------------------------------- stream

    @Test
    void streamReadsThroughACursorAndKeepsNoEntryInThePersistenceContext() {
        int total = 100_000;
        for (int unit = 0; unit < 10; unit++) {
            appendInOneUnit(ports.auditLog(), drafts(total / 10, "anna"));
        }
        db().jdbc().clear();
        EntityManagerBinding units = db().persistence().units();
        long[] streamed = {0};
        long[] mostEntitiesHeld = {-1};
        boolean[] autoCommit = {true};

        ports.transactions().run(() -> ports.auditLog().stream(AuditCriteria.any(), entry -> {
            streamed[0]++;
            if (entry.seq() % 1_000 == 1) {
                units.inUnitOfWork(em -> {
                    Session session = em.unwrap(Session.class);
                    mostEntitiesHeld[0] = Math.max(mostEntitiesHeld[0], session.getStatistics().getEntityCount());
                    autoCommit[0] = session.doReturningWork(Connection::getAutoCommit);
                    return null;
                });
            }
        }));

        assertThat(streamed[0]).isEqualTo(total);
        assertThat(mostEntitiesHeld[0]).as("entities in the persistence context while streaming").isZero();
        assertThat(autoCommit[0]).as("auto-commit (PostgreSQL's driver only uses a cursor without it)").isFalse();
        assertThat(db().jdbc().on("audit_log")).as("the statements reading the log").singleElement()
                .satisfies(query -> {
                    assertThat(query.sql().toLowerCase(Locale.ROOT)).startsWith("select").contains("order by");
                    assertThat(query.fetchSize()).as("fetch size").isEqualTo(JpaAuditLog.STREAM_FETCH_SIZE);
                });
    }

    @Test
    void theSinkMayLookUpEntriesWhileTheCursorIsOpen() {
        // every other entry lies outside the time range: the verifier looks each of them up by seq mid-stream,
        // past the first fetch of the cursor
        List<AuditDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            Instant at = i % 2 == 0 ? T0.plusSeconds(i) : T0.minusSeconds(3_600);
            drafts.add(new AuditDraft(at, "MAWB", "r-" + i, AuditAction.UPDATE, "anna",
                    Map.of("n", new FieldChange(null, Integer.toString(i))), null, Map.of()));
        }
        appendInOneUnit(ports.auditLog(), drafts);

        ChainVerification result = ports.transactions().inTransaction(() -> {
            ChainVerifier verifier = new ChainVerifier(ports.auditLog()::findBySeq);
            ports.auditLog().stream(AuditCriteria.between(T0, T0.plusSeconds(10_000)), verifier);
            return verifier.result();
        });

        assertThat(result.isIntact()).as("%s at %s", result.reason(), result.firstBrokenSeq()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(2_499);
    }

    // ------------------------------------------------------------------------------------------------- head row

    @Test
    void aMissingHeadRowIsCreatedOnceWhenTwoWritersFindItMissing() throws Exception {
        List<AuditEntry> before = appendInOneUnit(ports.auditLog(), drafts(3, "anna"));
        execute("DELETE FROM audit_chain_head");
        AtomicReference<Future<List<AuditEntry>>> racer = new AtomicReference<>();

        // the first writer recreates the row and holds it; the racer finds no committed row, tries to create it
        // too, and waits for the first writer's row (PostgreSQL: ON CONFLICT waits; H2: the primary key waits)
        List<AuditEntry> first = ports.transactions().inTransaction(() -> {
            List<AuditEntry> appended = appendInOneUnit(ports.auditLog(), drafts(2, "first"));
            racer.set(racerThread.submit(() -> appendInOneUnit(ports.auditLog(), drafts(2, "racer"))));
            awaitBlocked(racer.get(), "insert into %audit_chain_head%");
            return appended;
        });
        List<AuditEntry> second = racer.get().get(30, TimeUnit.SECONDS);

        assertThat(first).extracting(AuditEntry::seq).containsExactly(4L, 5L);
        assertThat(first.get(0).previousHash()).isEqualTo(before.get(2).hash());
        assertThat(second).extracting(AuditEntry::seq).containsExactly(6L, 7L);
        assertThat(second.get(0).previousHash()).isEqualTo(first.get(1).hash());
        assertThat(count("SELECT COUNT(*) FROM audit_chain_head")).isEqualTo(1);
        assertThat(verified()).satisfies(result -> {
            assertThat(result.isIntact()).as("%s at %s", result.reason(), result.firstBrokenSeq()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(7);
        });
    }

    @Test
    void headReadsTheRowWithoutLockingOrCreatingIt() throws SQLException {
        assertThat(ports.auditLog().head()).as("a truncated database").isEmpty();
        List<AuditEntry> appended = appendInOneUnit(ports.auditLog(), drafts(2, "anna"));
        assertThat(ports.auditLog().head()).contains(new ChainHead(2, appended.get(1).hash()));
        db().jdbc().clear();

        execute("DELETE FROM audit_chain_head");

        assertThat(ports.auditLog().head()).as("a lost row").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM audit_chain_head")).isZero();
        assertThat(db().jdbc().on("audit_chain_head")).extracting(e -> e.sql().toLowerCase(Locale.ROOT))
                .noneMatch(sql -> sql.contains(" for ") || sql.startsWith("insert"));
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** An entry with a null before, a null after, text beyond Latin-1 and a context. */
    private static AuditDraft varied() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("remarks", new FieldChange("東京 \"quoted\"", null));
        changes.put("details.pieces", new FieldChange("12", "13"));
        changes.put("details.notifyParty.name", new FieldChange(null, "Ben's"));
        return new AuditDraft(T0, "MAWB", "0195a3c2-7d1e-7b40-9a51-1c2d3e4f5a61", AuditAction.UPDATE, "anna",
                changes, "req-1", Map.of("tenant", "東京", "ip", "203.0.113.7"));
    }

    private void assertStoredJson(long seq) throws SQLException {
        if (db().kind() == DatabaseKind.H2) {
            // H2 keeps the JSON text as written: the very bytes the Jdbi adapter writes
            try (Connection connection = db().rawDataSource().getConnection();
                    PreparedStatement statement = connection.prepareStatement("SELECT changes IS JSON OBJECT,"
                            + " CAST(changes AS VARCHAR), CAST(context AS VARCHAR) FROM audit_log WHERE seq = ?")) {
                statement.setLong(1, seq);
                try (ResultSet row = statement.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getBoolean(1)).as("changes stored as a JSON object").isTrue();
                    assertThat(row.getString(2)).isEqualTo(CHANGES_JSON);
                    assertThat(row.getString(3)).isEqualTo(CONTEXT_JSON);
                }
            }
        } else {
            // jsonb keeps a canonical form: equal jsonb values are stored alike, whoever wrote them
            try (Connection connection = db().rawDataSource().getConnection();
                    PreparedStatement statement = connection.prepareStatement("SELECT changes = CAST(? AS jsonb),"
                            + " context = CAST(? AS jsonb),"
                            + " jsonb_typeof(changes -> 'details.notifyParty.name' -> 'before'),"
                            + " jsonb_typeof(changes -> 'remarks' -> 'after')"
                            + " FROM audit_log WHERE seq = ?")) {
                statement.setString(1, CHANGES_JSON);
                statement.setString(2, CONTEXT_JSON);
                statement.setLong(3, seq);
                try (ResultSet row = statement.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getBoolean(1)).as("changes").isTrue();
                    assertThat(row.getBoolean(2)).as("context").isTrue();
                    assertThat(row.getString(3)).as("a missing before").isEqualTo("null");
                    assertThat(row.getString(4)).as("a missing after").isEqualTo("null");
                }
            }
        }
    }

    /** {@code count} drafts of MAWB updates by {@code actor}, a second apart. */
    static List<AuditDraft> drafts(int count, String actor) {
        List<AuditDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(new AuditDraft(T0.plusSeconds(i), "MAWB", actor + "-" + i, AuditAction.UPDATE, actor,
                    Map.of("details.pieces", new FieldChange(Integer.toString(i), Integer.toString(i + 1))), null,
                    Map.of()));
        }
        return drafts;
    }

    /** As the core appends: in a unit of work (joining the caller's), lock the head, link after it, append. */
    List<AuditEntry> appendInOneUnit(AuditLog auditLog, List<AuditDraft> drafts) {
        return ports.transactions().inTransaction(() -> {
            ChainHead head = auditLog.lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), drafts);
            auditLog.append(linked);
            return linked;
        });
    }

    /** The whole chain checked, to the head. */
    ChainVerification verified() {
        return ports.transactions().inTransaction(() -> {
            ChainVerifier verifier = new ChainVerifier(ports.auditLog()::findBySeq);
            ports.auditLog().stream(AuditCriteria.any(), verifier);
            return verifier.resultAgainst(ports.auditLog().head());
        });
    }

    private void awaitBlocked(Future<?> racer, String h2Statement) {
        try {
            assertThat(BlockedSessions.awaitBlocked(db(), racer, h2Statement)).as("the racer waits").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
