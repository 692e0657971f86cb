package dev.tracking.benchmarks.query;

import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.adapter.jpa.JpaPersistence;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.port.out.TrackingPersistence;
import java.time.Clock;
import javax.sql.DataSource;

/** The persistence adapters the queries run through, each composed into a platform as a host would. */
enum Adapter {
    JDBI("Jdbi"),
    JPA("JPA");

    /** The user every query runs as: the default reference data's admin role has every feature. */
    static final Actor USER = Actor.user("bench", "admin");

    private final String label;

    Adapter(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** A platform over {@code dataSource}; closing it releases what the adapter built (not the data source). */
    Composed compose(DataSource dataSource, Clock clock) {
        return switch (this) {
            case JDBI -> new Composed(platform(JdbiPersistence.create(dataSource), clock), () -> { });
            case JPA -> {
                JpaPersistence persistence = JpaPersistence.create(dataSource);
                yield new Composed(platform(persistence, clock), persistence::close);
            }
        };
    }

    private static TrackingPlatform platform(TrackingPersistence persistence, Clock clock) {
        return TrackingPlatform.builder().persistence(persistence).actorProvider(() -> USER).clock(clock).build();
    }

    /** A platform and what to close with it. */
    record Composed(TrackingPlatform platform, Runnable closer) implements AutoCloseable {

        @Override
        public void close() {
            closer.run();
        }
    }
}
