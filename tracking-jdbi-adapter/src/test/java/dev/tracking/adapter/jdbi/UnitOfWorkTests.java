package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the transaction contract does not ask: checked exceptions, errors, threads, many units in a row. */
abstract class UnitOfWorkTests {

    private PersistencePorts ports;

    abstract PersistencePorts ports();

    @BeforeEach
    void openPorts() {
        ports = ports();
    }

    @Test
    void aCheckedExceptionThrownSneakilyRollsBackAndArrivesUnchanged() {
        IOException failure = new IOException("the host's checked exception");

        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            ports.carriers().insert(TestData.carrier());
            throw Sneaky.rethrow(failure);
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(ports.carriers().findAll()).isEmpty();
    }

    @Test
    void anErrorRollsBackAndArrivesUnchanged() {
        Error failure = new Error("an error, not an exception");

        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            ports.carriers().insert(TestData.carrier());
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(ports.carriers().findAll()).isEmpty();
    }

    @Test
    void aUnitBelongsToItsThreadUntilItCommits() {
        List<Carrier> seenFromAnotherThread = ports.transactions().inTransaction(() -> {
            ports.carriers().insert(TestData.carrier());
            return CompletableFuture.supplyAsync(() -> ports.carriers().findAll()).orTimeout(30, TimeUnit.SECONDS)
                    .join();
        });

        assertThat(seenFromAnotherThread).as("uncommitted rows, read from another thread").isEmpty();
        assertThat(ports.carriers().findAll()).hasSize(1);
    }

    @Test
    void manyUnitsInARowReturnTheirConnections() {
        for (int i = 0; i < 100; i++) {
            int serial = i;
            catchThrowable(() -> ports.transactions().run(() -> {
                ports.carriers().findByDesignator("LH");
                if (serial % 2 == 0) {
                    throw new IllegalStateException("every other unit fails");
                }
            }));
        }

        assertThat(ports.transactions().inTransaction(() -> ports.carriers().insert(TestData.carrier())).version())
                .isEqualTo(1);
    }

    @Test
    void theRunnerRefusesNoWork() {
        assertThat(catchThrowable(() -> ports.transactions().inTransaction(null)))
                .isInstanceOf(NullPointerException.class);
    }
}
