package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the event contract cannot see: JDBC batches, JSON objects, and keys claimed while another unit holds them. */
abstract class EventStorageTests {

    private PersistencePorts ports;
    private ShipmentRef mawbRef;
    private ShipmentRef hawbRef;

    abstract PersistencePorts ports();

    abstract TestDatabase database();

    @BeforeEach
    void givenAShipment() {
        ports = ports();
        ports.carriers().insert(TestData.carrier());
        Mawb mawb = ports.mawbs().insert(TestData.mawb(1));
        mawbRef = ShipmentRef.of(mawb.id());
        hawbRef = ShipmentRef.of(ports.hawbs().insert(TestData.hawb(mawb, "HAM0042")).id());
    }

    @Test
    void eventsAreInsertedInOneStatementPerTableOnPostgresAndOneJdbcBatchOnH2() {
        StatementSpy spy = new StatementSpy(database().dataSource());
        JdbiPersistence spied = JdbiPersistence.create(spy.dataSource());
        List<TrackingEvent> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            events.add(TestData.eventBuilder(i % 2 == 0 ? mawbRef : hawbRef).dedupeKey("k-" + i).build());
        }
        spy.reset();

        assertThat(spied.events().insertNew(events)).hasSize(60);

        for (String table : List.of("mawb_events", "hawb_events")) {
            List<StatementSpy.Call> inserts = spy.callsOf("insert into " + table);
            if (database().kind() == DatabaseKind.POSTGRESQL) {
                assertThat(inserts).filteredOn(c -> c.method().equals("addBatch")).as(table).isEmpty();
                assertThat(inserts).filteredOn(StatementSpy.Call::isExecution).as(table).singleElement()
                        .satisfies(call -> assertThat(call.sqlContains("unnest(")).isTrue());
            } else {
                assertThat(inserts).filteredOn(c -> c.method().equals("addBatch")).as(table).hasSize(30);
                assertThat(inserts).filteredOn(StatementSpy.Call::isExecution).as(table)
                        .extracting(StatementSpy.Call::method).containsExactly("executeBatch");
            }
        }
        assertThat(spy.executions()).as("statements run for a batch of 60 new events").isLessThanOrEqualTo(4);
    }

    @Test
    void metadataIsStoredAsAJsonObject() throws SQLException {
        TrackingEvent event = TestData.eventBuilder(mawbRef).metadata("handler", "Swissport").build();
        ports.events().insertNew(List.of(event));

        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT CAST(metadata AS VARCHAR(1000)) FROM mawb_events")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("{").contains("\"handler\"").contains("\"Swissport\"");
        }
    }

    @Test
    void aKeyHeldByAnotherUnitIsSkippedOnceThatUnitCommits() throws Exception {
        assertKeyHeldByAnotherUnit(true);
    }

    @Test
    void aKeyHeldByAnotherUnitIsTakenWhenThatUnitRollsBack() throws Exception {
        assertKeyHeldByAnotherUnit(false);
    }

    @Test
    void manyCallersRacingWithKeysInEveryOrderStoreEachKeyOnce() throws Exception {
        int callers = 6;
        int keys = 120;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<TrackingEvent>>> results = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                List<TrackingEvent> batch = new ArrayList<>();
                for (int k = 0; k < keys; k++) {
                    batch.add(TestData.eventBuilder(k % 3 == 0 ? hawbRef : mawbRef).dedupeKey("race-" + k).build());
                }
                Collections.shuffle(batch, new Random(c));
                results.add(pool.submit(() -> {
                    start.await();
                    return ports.events().insertNew(batch);
                }));
            }
            start.countDown();
            List<TrackingEvent> stored = new ArrayList<>();
            for (Future<List<TrackingEvent>> result : results) {
                stored.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(stored).hasSize(keys);
            assertThat(ports.events().findBySubjects(List.of(mawbRef, hawbRef))).extracting(TrackingEvent::id)
                    .containsExactlyInAnyOrderElementsOf(stored.stream().map(TrackingEvent::id).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One unit stores an event and waits; meanwhile another caller stores one with the same key and one with a fresh
     * key, which must wait for the first unit's key. Then the first unit commits or rolls back.
     */
    private void assertKeyHeldByAnotherUnit(boolean commit) throws Exception {
        TrackingEvent held = TestData.eventBuilder(mawbRef).dedupeKey("held").remarks("first").build();
        TrackingEvent sameKey = TestData.eventBuilder(mawbRef).dedupeKey("held").remarks("second").build();
        TrackingEvent fresh = TestData.eventBuilder(mawbRef).dedupeKey("fresh").build();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> ports.transactions().run(() -> {
                ports.events().insertNew(List.of(held));
                holding.countDown();
                await(finish);
                if (!commit) {
                    throw new IllegalStateException("roll back on purpose");
                }
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<List<TrackingEvent>> racer = pool.submit(() -> ports.events().insertNew(List.of(sameKey, fresh)));
            Thread.sleep(300);
            assertThat(racer).as("the racer waits for the key the holder has not committed yet").isNotDone();
            finish.countDown();
            try {
                holder.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expectedWhenRolledBack) {
                assertThat(commit).isFalse();
            }

            List<TrackingEvent> stored = racer.get(30, TimeUnit.SECONDS);

            List<TrackingEvent> expected = commit ? List.of(fresh) : List.of(sameKey, fresh);
            assertThat(stored).extracting(TrackingEvent::id)
                    .containsExactlyElementsOf(expected.stream().map(TrackingEvent::id).toList());
            assertThat(ports.events().findBySubjects(List.of(mawbRef))).extracting(TrackingEvent::remarks)
                    .containsExactlyInAnyOrder(commit ? "first" : "second", null);
        } finally {
            pool.shutdownNow();
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
