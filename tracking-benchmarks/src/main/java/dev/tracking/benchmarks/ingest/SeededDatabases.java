package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.Adapter;
import dev.tracking.benchmarks.AuditMode;
import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.Platforms;
import dev.tracking.benchmarks.ingest.IngestWorkload.SeededMawb;
import dev.tracking.core.port.out.TrackingPersistence;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Fresh databases holding seeded MAWBs. On PostgreSQL the MAWBs are created once, in a template database that every
 * measurement copies ({@code CREATE DATABASE ... TEMPLATE}); on H2, in memory, each database is seeded anew.
 */
final class SeededDatabases implements AutoCloseable {

    private final BenchDatabaseKind kind;
    private final int pool;
    private final Clock clock;
    private final Instant now;
    private String template;
    private List<SeededMawb> templateMawbs = List.of();

    SeededDatabases(BenchDatabaseKind kind, int pool, Clock clock, Instant now) {
        this.kind = kind;
        this.pool = pool;
        this.clock = clock;
        this.now = now;
    }

    /** A fresh database holding at least {@code count} seeded MAWBs (exactly {@code count} on H2). */
    SeededDatabase fresh(int count) {
        if (kind == BenchDatabaseKind.POSTGRESQL) {
            if (template == null || templateMawbs.size() < count) {
                dropTemplate();
                BenchDatabase seeding = BenchDatabase.create(kind, pool);
                templateMawbs = seed(seeding, count);
                template = seeding.release();
            }
            // a template copy carries the template's planner statistics: no ANALYZE needed
            return new SeededDatabase(BenchDatabase.copyOf(template, pool), templateMawbs);
        }
        BenchDatabase database = BenchDatabase.create(kind, pool);
        return new SeededDatabase(database, seed(database, count));
    }

    private List<SeededMawb> seed(BenchDatabase database, int count) {
        long start = System.nanoTime();
        TrackingPersistence persistence = Adapter.JDBI.open(database.dataSource());
        try {
            List<SeededMawb> mawbs = MawbSeeder.seed(Platforms.compose(persistence, clock, AuditMode.ALL), count, now);
            database.analyze();
            System.out.printf("%s: seeded %,d MAWBs in %.1f s%n", kind.label(), count,
                    (System.nanoTime() - start) / 1e9);
            return mawbs;
        } finally {
            Adapter.close(persistence);
        }
    }

    private void dropTemplate() {
        if (template != null) {
            BenchDatabase.drop(template);
            template = null;
        }
    }

    @Override
    public void close() {
        dropTemplate();
    }

    /** A measurement's database and the MAWBs it holds. */
    record SeededDatabase(BenchDatabase database, List<SeededMawb> mawbs) implements AutoCloseable {

        @Override
        public void close() {
            database.close();
        }
    }
}
