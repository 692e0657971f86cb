package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** H2 only: it keeps nothing partitioned, so {@link JpaPersistence#maintenance()} does nothing and says so. */
abstract class H2MaintenanceChecks {

    abstract DatabaseUnderTest db();

    @Test
    void thereIsNothingToMaintain() {
        db().emptyPorts();
        db().jdbc().clear();

        assertThat(db().persistence().maintenance().ensurePartitions(LocalDate.of(2001, 1, 1), 3)).isZero();
        assertThat(db().persistence().maintenance().dropEventPartitionsBefore(LocalDate.of(2030, 1, 1))).isZero();

        assertThat(db().jdbc().executions()).as("statements").isEmpty();
    }
}
