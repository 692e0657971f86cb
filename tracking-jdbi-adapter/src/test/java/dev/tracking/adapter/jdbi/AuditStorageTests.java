package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainHead;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.domain.audit.ChainVerifier;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the audit and permission contracts cannot see: the SQL and JDBC batches used, the JSON the columns hold, the
 * chain head's lock between units on their own threads and connections, the head row rebuilt by racing writers, and
 * the translation of foreign-key and unique violations of grants and overrides.
 */
abstract class AuditStorageTests {

    private static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589793Z");

    private StatementSpy spy;
    private JdbiPersistence persistence;

    abstract TestDatabase database();

    @BeforeEach
    void spyOnAnEmptyDatabase() {
        database().truncateAll();
        spy = new StatementSpy(database().dataSource());
        persistence = JdbiPersistence.create(spy.dataSource());
        spy.reset();
    }

    // ------------------------------------------------------------------------------------------------ statements

    @Test
    void lockHeadSelectsTheHeadRowForUpdateInTheUnitOfWork() {
        appendInOneUnit(drafts(2));
        spy.reset();

        ChainHead head = persistence.transactions().inTransaction(() -> persistence.auditLog().lockHead());

        assertThat(head.seq()).isEqualTo(2);
        assertThat(spy.calls()).filteredOn(StatementSpy.Call::isExecution).extracting(StatementSpy.Call::sql)
                .singleElement().satisfies(sql -> assertThat(new StatementSpy.Call(sql, "").sqlContains(
                        "select last_seq, last_hash from audit_chain_head where id = 1 for update")).isTrue());
    }

    @Test
    void entriesAreInsertedInOneStatementOnPostgresOrOneJdbcBatchOnH2AfterTheHeadMoves() {
        appendInOneUnit(drafts(1));
        spy.reset();

        appendInOneUnit(drafts(25));

        List<StatementSpy.Call> inserts = spy.callsOf("insert into audit_log");
        if (database().kind() == DatabaseKind.POSTGRESQL) {
            assertThat(inserts).filteredOn(c -> c.method().equals("addBatch")).isEmpty();
            assertThat(inserts).filteredOn(StatementSpy.Call::isExecution).singleElement()
                    .satisfies(call -> assertThat(call.sqlContains("unnest(")).isTrue());
        } else {
            assertThat(inserts).filteredOn(c -> c.method().equals("addBatch")).hasSize(25);
            assertThat(inserts).filteredOn(StatementSpy.Call::isExecution).extracting(StatementSpy.Call::method)
                    .containsExactly("executeBatch");
        }
        assertThat(spy.callsOf("update audit_chain_head set last_seq")).filteredOn(StatementSpy.Call::isExecution)
                .hasSize(1);
        assertThat(spy.executions()).as("lock the head, move it, insert the batch").isEqualTo(3);
    }

    @Test
    void changesAndContextAreStoredAsJsonObjectsKeepingNulls() throws SQLException {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("details.volume", new FieldChange("12.5 m3", null));
        changes.put("details.notifyParty.name", new FieldChange(null, "Ben's \"Brokerage\" 東京"));
        appendInOneUnit(List.of(new AuditDraft(T0, "MAWB", "m-1", AuditAction.UPDATE, "anna", changes, "req-1",
                Map.of("ip", "203.0.113.7"))));

        JsonNode storedChanges = json(column("changes"));
        JsonNode storedContext = json(column("context"));

        assertThat(storedChanges.isObject()).as("changes, a JSON object: %s", storedChanges).isTrue();
        assertThat(storedChanges.get("details.volume").get("before").stringValue()).isEqualTo("12.5 m3");
        assertThat(storedChanges.get("details.volume").has("after")).as("a null after, kept").isTrue();
        assertThat(storedChanges.get("details.volume").get("after").isNull()).isTrue();
        assertThat(storedChanges.get("details.notifyParty.name").get("before").isNull()).isTrue();
        assertThat(storedChanges.get("details.notifyParty.name").get("after").stringValue())
                .isEqualTo("Ben's \"Brokerage\" 東京");
        assertThat(storedContext.isObject()).as("context, a JSON object: %s", storedContext).isTrue();
        assertThat(storedContext.get("ip").stringValue()).isEqualTo("203.0.113.7");
    }

    @Test
    void aMapperThatLeavesNullsOutChangesNothing() {
        JdbiPersistence nullDropping = JdbiPersistence.builder(database().dataSource())
                .jsonMapper(JsonMapper.builder().changeDefaultPropertyInclusion(
                        i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                                .withContentInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
                        .build())
                .build();
        List<AuditEntry> appended = nullDropping.transactions().inTransaction(() -> {
            ChainHead head = nullDropping.auditLog().lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), List.of(new AuditDraft(T0, "MAWB",
                    "m-1", AuditAction.DELETE, "anna", Map.of("pieces", new FieldChange("12", null)), null,
                    Map.of())));
            nullDropping.auditLog().append(linked);
            return linked;
        });

        assertThat(nullDropping.auditLog().findBySeq(1)).contains(appended.get(0));
    }

    // ------------------------------------------------------------------------------------------------ the chain

    @Test
    void anAppendThatDoesNotFollowTheHeadIsRefusedAndStoresNothing() {
        List<AuditEntry> first = appendInOneUnit(drafts(2));
        List<AuditEntry> stale = AuditChain.link(1, first.get(0).hash(), drafts(1));
        List<AuditEntry> forked = AuditChain.link(2, "f".repeat(64), drafts(1));

        for (List<AuditEntry> entries : List.of(stale, forked)) {
            Throwable refused = catchThrowable(() -> persistence.transactions().run(() -> {
                persistence.auditLog().lockHead();
                persistence.auditLog().append(entries);
            }));

            assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("chain head");
        }
        assertThat(persistence.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 10))
                .containsExactlyElementsOf(first);
        assertThat(persistence.auditLog().head()).contains(new ChainHead(2, first.get(1).hash()));
    }

    @Test
    void anEntryAtAFractionOfAMicrosecondIsRefusedRatherThanStoredRoundedUnderItsHash() {
        appendInOneUnit(drafts(1));
        List<AuditDraft> nanos = List.of(new AuditDraft(T0.plusNanos(1), "MAWB", "m-1", AuditAction.UPDATE, "anna",
                Map.of("pieces", new FieldChange("1", "2")), null, Map.of()));

        Throwable refused = catchThrowable(() -> appendInOneUnit(nanos));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("microseconds");
        assertThat(persistence.auditLog().findBySeq(2)).isEmpty();
    }

    @Test
    void aWriterWaitsForTheHeadAnotherUnitLockedAndAppendsAfterItsEntries() throws Exception {
        appendInOneUnit(drafts(1));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<AuditEntry>> first = pool.submit(() -> persistence.transactions().inTransaction(() -> {
                ChainHead head = persistence.auditLog().lockHead();
                List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), drafts(2));
                persistence.auditLog().append(linked);
                locked.countDown();
                await(finish);
                return linked;
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<List<AuditEntry>> second = pool.submit(() -> appendInOneUnit(drafts(2)));
            Thread.sleep(300);
            assertThat(second).as("the second writer waits for the head the first one locked").isNotDone();
            finish.countDown();

            List<AuditEntry> firstEntries = first.get(30, TimeUnit.SECONDS);
            List<AuditEntry> secondEntries = second.get(30, TimeUnit.SECONDS);

            assertThat(firstEntries).extracting(AuditEntry::seq).containsExactly(2L, 3L);
            assertThat(secondEntries).extracting(AuditEntry::seq).containsExactly(4L, 5L);
            assertThat(secondEntries.get(0).previousHash()).isEqualTo(firstEntries.get(1).hash());
        } finally {
            pool.shutdownNow();
        }
        assertGapFreeChainOf(5);
    }

    @Test
    void writersRacingToRebuildAMissingHeadRowNeverForkTheChain() throws Exception {
        int writers = 4;
        int rounds = 10;
        appendInOneUnit(drafts(3));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < rounds; round++) {
                execute("DELETE FROM audit_chain_head");
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<List<AuditEntry>>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    done.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return appendInOneUnit(drafts(2));
                    }));
                }
                for (Future<List<AuditEntry>> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertGapFreeChainOf(3 + (long) rounds * writers * 2);
    }

    // ------------------------------------------------------------------------------------------ stream and find

    @Test
    void streamSetsAFetchSizeAndHandsOverRowsAsItReadsThem() {
        appendInOneUnit(drafts(30));
        spy.reset();
        List<Long> readWhenHandedOver = new ArrayList<>();

        persistence.transactions().run(() -> persistence.auditLog().stream(AuditCriteria.any(),
                entry -> readWhenHandedOver.add(spy.rowsReadOf("from audit_log"))));

        assertThat(spy.callsOf("from audit_log")).extracting(StatementSpy.Call::method)
                .contains("setFetchSize(" + JdbiAuditLog.STREAM_FETCH_SIZE + ")");
        assertThat(readWhenHandedOver).as("rows read from the result set when each entry was handed over (Jdbi's"
                + " iterator reads one row ahead)")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).map(i -> Math.min(i + 1, 30)).boxed()
                        .toList());
    }

    @Test
    void findRefusesANegativeLimitAndFindsNothingForNone() {
        appendInOneUnit(drafts(2));

        assertThat(persistence.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null, 0)).isEmpty();
        assertThat(catchThrowable(() -> persistence.auditLog().find(AuditCriteria.any(), SortDirection.ASC, null,
                -1))).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------------------------------------ permissions

    @Test
    void aGrantOfAnUnknownFeatureIsAValidationErrorOnFieldFeatureCausedByTheDriversError() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> persistence
                .permissions().insertGrant(new RoleGrant("ops", "no.such.feature", T0, "anna")));

        assertThat(refused).as("ValidationException").isNotNull();
        assertThat(refused.field()).isEqualTo("feature");
        assertThat(refused).hasMessageContaining("unknown feature no.such.feature")
                .hasCauseInstanceOf(JdbiException.class);
    }

    @Test
    void anOverrideOfAnUnknownFeatureIsAValidationErrorOnFieldFeature() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> persistence
                .permissions().saveOverride(new UserOverride("anna", "no.such.feature", OverrideEffect.DENY, null,
                        T0, "ben")));

        assertThat(refused).as("ValidationException").isNotNull();
        assertThat(refused.field()).isEqualTo("feature");
        assertThat(refused).hasMessageContaining("unknown feature no.such.feature");
    }

    @Test
    void aSecondGrantIsADuplicateNamingRoleAndFeature() {
        persistence.permissions().saveFeature("x.read", "X");
        persistence.permissions().insertGrant(new RoleGrant("ops", "x.read", T0, "anna"));

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class, () -> persistence
                .permissions().insertGrant(new RoleGrant("ops", "x.read", T0, "ben")));

        assertThat(duplicate).as("DuplicateException").isNotNull();
        assertThat(duplicate.entity()).isEqualTo("role grant");
        assertThat(duplicate.field()).isEqualTo("feature");
        assertThat(duplicate.value()).isEqualTo("ops/x.read");
    }

    @Test
    void savingAnOverrideAgainIsOneStatement() {
        persistence.permissions().saveFeature("x.read", "X");
        persistence.permissions().saveOverride(new UserOverride("anna", "x.read", OverrideEffect.GRANT, null, T0,
                "ben"));
        spy.reset();

        persistence.permissions().saveOverride(new UserOverride("anna", "x.read", OverrideEffect.DENY, null, T0,
                "ben"));

        assertThat(spy.executions()).isEqualTo(1);
        assertThat(persistence.permissions().findOverride("anna", "x.read").orElseThrow().effect())
                .isEqualTo(OverrideEffect.DENY);
    }

    @Test
    void theFeaturesOfNoRoleTakeNoStatement() {
        assertThat(persistence.permissions().featuresOfRoles(List.of())).isEmpty();

        assertThat(spy.executions()).isZero();
    }

    @Test
    void anIllFormedFeatureCodeIsRefusedBeforeTheDatabaseSeesIt() {
        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> persistence.permissions().saveFeature("Not A Code", "x"));

        assertThat(refused.field()).isEqualTo("code");
        assertThat(spy.executions()).isZero();
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private List<AuditEntry> appendInOneUnit(List<AuditDraft> drafts) {
        return persistence.transactions().inTransaction(() -> {
            ChainHead head = persistence.auditLog().lockHead();
            List<AuditEntry> linked = AuditChain.link(head.seq(), head.hash(), drafts);
            persistence.auditLog().append(linked);
            return linked;
        });
    }

    private static List<AuditDraft> drafts(int count) {
        List<AuditDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(new AuditDraft(T0.plusSeconds(i), "MAWB", "m-" + i, AuditAction.UPDATE, "anna",
                    Map.of("details.pieces", new FieldChange(Integer.toString(i), Integer.toString(i + 1))), null,
                    Map.of()));
        }
        return drafts;
    }

    /** Asserts that the log holds entries 1 to {@code count}, linked, the last being the head. */
    private void assertGapFreeChainOf(long count) {
        List<Long> seqs = new ArrayList<>();
        ChainVerifier verifier = new ChainVerifier(persistence.auditLog()::findBySeq);
        ChainVerification result = persistence.transactions().inTransaction(() -> {
            persistence.auditLog().stream(AuditCriteria.any(), entry -> {
                seqs.add(entry.seq());
                verifier.accept(entry);
            });
            return verifier.resultAgainst(persistence.auditLog().head());
        });
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(result.isIntact()).as("chain intact, but: %s at %s", result.reason(), result.firstBrokenSeq())
                .isTrue();
        assertThat(result.entriesChecked()).isEqualTo(count);
    }

    private String column(String column) throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT CAST(" + column + " AS VARCHAR(4000)) FROM audit_log")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private void execute(String sql) {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
