package dev.tracking.testsupport.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the in-memory runner does beyond the contract: serialization, errors, checked exceptions, joined units. */
class InMemoryTransactionRunnerTest {

    private final InMemoryStore store = new InMemoryStore();
    private final PersistencePorts ports = InMemoryPersistence.create(store);
    private final InMemoryTransactionRunner runner = new InMemoryTransactionRunner(store);
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void concurrentUnitsAreSerializedSoNoUpdateIsLost() throws Exception {
        ports.carriers().insert(TestData.carrier());
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    runner.run(() -> {
                        Carrier current = ports.carriers().findByDesignator("LH").orElseThrow();
                        Thread.yield();
                        ports.carriers().update(new Carrier(current.code(), current.name(), null, true,
                                current.version()));
                    });
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(ports.carriers().findByDesignator("LH").orElseThrow().version()).isEqualTo(1 + 8 * 50);
    }

    @Test
    void anotherThreadNeverSeesUncommittedRows() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        Future<?> unit = pool.submit(() -> catchThrowable(() -> runner.run(() -> {
            ports.carriers().insert(TestData.carrier());
            inserted.countDown();
            sleep(200);
            throw new IllegalStateException("roll back");
        })));
        inserted.await(10, TimeUnit.SECONDS);

        Optional<Carrier> seen = pool.submit(() -> ports.carriers().findByDesignator("LH")).get(10, TimeUnit.SECONDS);

        unit.get(10, TimeUnit.SECONDS);
        assertThat(seen).isEmpty();
    }

    @Test
    void anErrorRollsBackAndIsRethrownUnchanged() {
        AssertionError error = new AssertionError("a failed assertion inside the unit");

        Throwable thrown = catchThrowable(() -> runner.run(() -> {
            ports.carriers().insert(TestData.carrier());
            throw error;
        }));

        assertThat(thrown).isSameAs(error);
        assertThat(ports.carriers().findAll()).isEmpty();
    }

    @Test
    void aCheckedExceptionThrownSneakilyRollsBackAndIsRethrownUnchanged() {
        IOException checked = new IOException("disk on fire");

        Throwable thrown = catchThrowable(() -> runner.inTransaction(sneakyThrowing(() -> {
            ports.carriers().insert(TestData.carrier());
            return checked;
        })));

        assertThat(thrown).isSameAs(checked);
        assertThat(ports.carriers().findAll()).isEmpty();
    }

    @Test
    void aJoinedCallThatFailsAndIsCaughtLeavesTheOuterUnitOpenAndItsWritesInPlace() {
        runner.run(() -> {
            ports.carriers().insert(TestData.carrier());
            catchThrowable(() -> runner.run(() -> {
                ports.carriers().insert(TestData.carrier("EK", "176", "Emirates SkyCargo"));
                throw new IllegalStateException("inner");
            }));
            assertThat(runner.isActive()).isTrue();
            ports.carriers().insert(TestData.carrier("CV", "172", "Cargolux"));
        });

        assertThat(ports.carriers().findAll()).extracting(Carrier::designator).containsExactly("CV", "EK", "LH");
    }

    @Test
    void knowsWhetherAUnitIsOpen() {
        assertThat(runner.isActive()).isFalse();
        assertThat(runner.inTransaction(() -> runner.inTransaction(runner::isActive))).isTrue();
        catchThrowable(() -> runner.run(() -> {
            throw new IllegalStateException();
        }));
        assertThat(runner.isActive()).isFalse();
    }

    @Test
    void runnersOverTheSameStoreShareUnits() {
        InMemoryTransactionRunner other = new InMemoryTransactionRunner(store);

        catchThrowable(() -> runner.run(() -> {
            other.run(() -> ports.carriers().insert(TestData.carrier()));
            throw new IllegalStateException("outer");
        }));

        assertThat(ports.carriers().findAll()).isEmpty();
    }

    @Test
    void storesAreIndependent() {
        PersistencePorts first = InMemoryPersistence.create();
        PersistencePorts second = InMemoryPersistence.create();

        first.carriers().insert(TestData.carrier());

        assertThat(second.carriers().findAll()).isEmpty();
    }

    @Test
    void refusesNoWork() {
        assertThatThrownBy(() -> runner.inTransaction(null)).isInstanceOf(NullPointerException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A supplier that throws, without declaring it, the checked exception {@code work} returns. */
    private static <T> Supplier<T> sneakyThrowing(Supplier<? extends Exception> work) {
        return () -> {
            throw InMemoryTransactionRunnerTest.<RuntimeException>sneaky(work.get());
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
