package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two callers store an event with the same dedupe key at once: the second one's insert meets the first one's key
 * before that is committed, waits for it, and then skips the key if the first committed, or takes it if the first
 * rolled back. Never an error, never stored twice. (On H2 this is the path where the batch collides and falls back to
 * row-by-row inserts under savepoints; on PostgreSQL {@code ON CONFLICT DO NOTHING} waits.)
 */
abstract class RacingDuplicateChecks {

    abstract DatabaseUnderTest db();

    private final ExecutorService racerThread = Executors.newSingleThreadExecutor();
    private PersistencePorts ports;
    private ShipmentRef subject;
    private TrackingEvent first;
    private TrackingEvent racing;

    @BeforeEach
    void givenTwoEventsWithTheSameKey() {
        ports = db().emptyPorts();
        ports.carriers().insert(TestData.carrier());
        Mawb mawb = ports.mawbs().insert(TestData.mawb(1));
        subject = ShipmentRef.of(mawb.id());
        first = TestData.eventBuilder(subject).dedupeKey("same-report").remarks("first").build();
        racing = TestData.eventBuilder(subject).dedupeKey("same-report").remarks("racing").build();
    }

    @AfterEach
    void stopRacer() {
        racerThread.shutdownNow();
    }

    @Test
    void theRacerSkipsAKeyTheFirstCallerCommits() throws Exception {
        AtomicReference<Future<List<TrackingEvent>>> racer = new AtomicReference<>();

        List<TrackingEvent> storedFirst = ports.transactions().inTransaction(() -> {
            List<TrackingEvent> stored = ports.events().insertNew(List.of(first));
            racer.set(racerThread.submit(() -> ports.events().insertNew(List.of(racing))));
            awaitRacerBlocked(racer.get());
            return stored;
        });

        assertThat(storedFirst).containsExactly(first);
        assertThat(racer.get().get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(ports.events().findBySubjects(List.of(subject))).extracting(TrackingEvent::remarks)
                .containsExactly("first");
    }

    @Test
    void theRacerTakesAKeyTheFirstCallerRollsBack() throws Exception {
        AtomicReference<Future<List<TrackingEvent>>> racer = new AtomicReference<>();
        IllegalStateException failure = new IllegalStateException("the first caller fails after claiming the key");

        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            ports.events().insertNew(List.of(first));
            racer.set(racerThread.submit(() -> ports.events().insertNew(List.of(racing))));
            awaitRacerBlocked(racer.get());
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(racer.get().get(30, TimeUnit.SECONDS)).containsExactly(racing);
        assertThat(ports.events().findBySubjects(List.of(subject))).extracting(TrackingEvent::remarks)
                .containsExactly("racing");
    }

    private void awaitRacerBlocked(Future<?> racer) {
        try {
            assertThat(BlockedSessions.awaitBlocked(db(), racer)).as("the racer waits for the first caller's key")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
