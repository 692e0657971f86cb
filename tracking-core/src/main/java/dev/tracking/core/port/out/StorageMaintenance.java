package dev.tracking.core.port.out;

import java.time.LocalDate;

/**
 * Keeps the storage in shape: on PostgreSQL, the monthly partitions of the event tables and the audit log are created
 * ahead and dropped past their retention; other databases need nothing. The clean-up job calls it.
 */
public interface StorageMaintenance {

    /** Creates the partitions of the months from {@code from} to {@code monthsAhead} months later; how many new. */
    int ensurePartitions(LocalDate from, int monthsAhead);

    /**
     * Drops the event partitions (and forgets their dedupe keys) wholly before {@code olderThan}; how many dropped.
     * The audit log is kept: its chain is evidence.
     */
    int dropEventPartitionsBefore(LocalDate olderThan);

    /** Needs nothing (H2, or a database the host maintains itself). */
    static StorageMaintenance none() {
        return new StorageMaintenance() {
            @Override
            public int ensurePartitions(LocalDate from, int monthsAhead) {
                return 0;
            }

            @Override
            public int dropEventPartitionsBefore(LocalDate olderThan) {
                return 0;
            }
        };
    }
}
