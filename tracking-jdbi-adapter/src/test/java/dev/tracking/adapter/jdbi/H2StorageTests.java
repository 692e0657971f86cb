package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.port.out.StorageMaintenance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** On H2, which partitions nothing, the storage maintenance does nothing. */
abstract class H2StorageTests {

    abstract JdbiPersistence persistence();

    @Test
    void maintenanceNeedsNothing() {
        StorageMaintenance maintenance = persistence().maintenance();

        assertThat(maintenance.ensurePartitions(LocalDate.of(2019, 1, 1), 3)).isZero();
        assertThat(maintenance.dropEventPartitionsBefore(LocalDate.of(2100, 1, 1))).isZero();
    }

    @Test
    void maintenanceWorksInsideAUnitOfWork() {
        assertThat(persistence().transactions().inTransaction(() -> persistence().maintenance()
                .ensurePartitions(LocalDate.of(2019, 1, 1), 0))).isZero();
    }
}
