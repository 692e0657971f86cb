package dev.tracking.benchmarks;

import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.adapter.jpa.JpaPersistence;
import dev.tracking.core.port.out.TrackingPersistence;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** The persistence adapters under measurement. */
public enum Adapter {
    JDBI("Jdbi"),
    JPA("JPA (Hibernate)");

    private final String label;

    Adapter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The adapter over {@code dataSource}; close it with {@link #close(TrackingPersistence)}. */
    public TrackingPersistence open(DataSource dataSource) {
        return switch (this) {
            case JDBI -> JdbiPersistence.create(dataSource);
            case JPA -> JpaPersistence.create(dataSource);
        };
    }

    /** A platform over {@code dataSource} through this adapter, composed as a host would. */
    public ComposedPlatform compose(DataSource dataSource, Clock clock, AuditMode audit) {
        TrackingPersistence persistence = open(dataSource);
        return new ComposedPlatform(Platforms.compose(persistence, clock, audit), persistence);
    }

    public static void close(TrackingPersistence persistence) {
        if (persistence instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + persistence, e);
            }
        }
    }

    /** {@code "jdbi,jpa"} or {@code "all"}. */
    public static List<Adapter> parse(String list) {
        if (list == null || list.isBlank() || list.equalsIgnoreCase("all")) {
            return List.of(values());
        }
        return Arrays.stream(list.split(",")).map(s -> valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
    }
}
