package dev.tracking.benchmarks.scheduler;

import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.adapter.jpa.JpaPersistence;
import dev.tracking.core.port.out.JobStore;
import javax.sql.DataSource;

/** The job stores of the SDK's persistence adapters. */
enum TrackingStore {

    JDBI("Jdbi") {
        @Override
        OpenedStore open(DataSource dataSource) {
            return new OpenedStore(JdbiPersistence.create(dataSource).jobStore(), () -> { });
        }
    },
    JPA("JPA") {
        @Override
        OpenedStore open(DataSource dataSource) {
            JpaPersistence persistence = JpaPersistence.create(dataSource);
            return new OpenedStore(persistence.jobStore(), persistence::close);
        }
    };

    private final String label;

    TrackingStore(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The adapter's job store over {@code dataSource} (a migrated database). */
    abstract OpenedStore open(DataSource dataSource);

    /** A job store and what closes its adapter (the data source stays open). */
    record OpenedStore(JobStore jobStore, Runnable close) {
    }
}
