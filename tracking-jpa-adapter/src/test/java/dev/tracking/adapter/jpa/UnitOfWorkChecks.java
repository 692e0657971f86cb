package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How units of work bind to threads and end, beyond what {@code TransactionRunnerContract} asks. */
abstract class UnitOfWorkChecks {

    abstract DatabaseUnderTest db();

    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private PersistencePorts ports;

    @BeforeEach
    void emptyStore() {
        ports = db().emptyPorts();
    }

    @AfterEach
    void stopOtherThread() {
        otherThread.shutdownNow();
    }

    @Test
    void anErrorRollsTheUnitBackAndIsRethrownAsItIs() {
        StackOverflowError error = new StackOverflowError("thrown by the work");

        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            ports.carriers().insert(TestData.carrier());
            throw error;
        }));

        assertThat(thrown).isSameAs(error);
        assertThat(ports.carriers().findAll()).isEmpty();
    }

    @Test
    void aSneakyCheckedExceptionRollsTheUnitBackAndIsRethrownAsItIs() {
        IOException checked = new IOException("thrown past the compiler");

        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            ports.carriers().insert(TestData.carrier());
            throw UnitOfWorkChecks.<RuntimeException>sneaky(checked);
        }));

        assertThat(thrown).isSameAs(checked);
        assertThat(ports.carriers().findAll()).isEmpty();
    }

    @Test
    void aUnitIsBoundToItsThreadOnly() {
        Optional<Carrier> seenFromOtherThread = ports.transactions().inTransaction(() -> {
            ports.carriers().insert(TestData.carrier());
            assertThat(ports.carriers().findByDesignator("LH")).as("seen inside the unit").isPresent();
            return onOtherThread(() -> ports.carriers().findByDesignator("LH"));
        });

        assertThat(seenFromOtherThread).as("another thread's own unit does not see uncommitted rows").isEmpty();
        assertThat(ports.carriers().findByDesignator("LH")).as("committed").isPresent();
    }

    @Test
    void aFailedStatementCaughtInsideTheUnitStillRollsItBack() {
        ports.carriers().insert(TestData.carrier());

        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            Throwable duplicate = catchThrowable(() -> ports.carriers().insert(TestData.carrier()));
            assertThat(duplicate).isInstanceOf(DuplicateException.class);
            ports.carriers().insert(TestData.carrier("EK", "176", "Emirates SkyCargo"));
        }));

        // as JPA defines it: a persistence failure marks the transaction for rollback only. On PostgreSQL the next
        // statement fails already (the transaction is aborted); on H2 it runs, and the commit is refused.
        if (db().kind() == DatabaseKind.POSTGRESQL) {
            assertThat(thrown).isInstanceOf(PersistenceException.class).hasMessageContaining("aborted");
        } else {
            assertThat(thrown).isInstanceOf(RollbackException.class);
        }
        assertThat(ports.carriers().findAll()).extracting(Carrier::designator).containsExactly("LH");
    }

    private <T> T onOtherThread(Callable<T> work) {
        try {
            return otherThread.submit(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
        throw (E) failure;
    }
}
