package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.Adapter;
import dev.tracking.benchmarks.AuditMode;
import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.BenchOptions;
import dev.tracking.benchmarks.MacroBenchmark;
import dev.tracking.benchmarks.Platforms;
import dev.tracking.benchmarks.Report;
import dev.tracking.benchmarks.StatementProfile;
import dev.tracking.benchmarks.ingest.IngestWorkload.SeededMawb;
import dev.tracking.benchmarks.ingest.SeededDatabases.SeededDatabase;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.event.RecordEventsCommand;
import dev.tracking.core.port.in.event.RecordEventsResult;
import dev.tracking.core.port.out.TrackingPersistence;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Carrier-feed ingest: {@code mawbs} MAWBs (default 20,000) times {@code events-per-mawb} milestones (default 10), fed
 * through the batch use case in batches of {@code batch} (default 1,000, {@code resend} percent of them repeats) with
 * dedupe, status derivation, workflow reactions and audit on; then again with audit off; per adapter; against the
 * same rows written by plain JDBC batches into the same table (measured before and after the use-case runs). The
 * single-event path the same way over the first {@code single-mawbs} MAWBs (default 2,000, so 20,000 events).
 * Every measurement runs on its own fresh copy of the seeded database.
 */
public final class IngestBenchmark implements MacroBenchmark {

    private static final long SEED = 8;

    @Override
    public void run(BenchOptions options, PrintStream out) throws Exception {
        IngestSettings settings = IngestSettings.from(options);
        for (BenchDatabaseKind kind : options.databases("postgresql,h2")) {
            new OnDatabase(kind, settings, options, out).run();
        }
    }

    /** The ingest measurements on one kind of database. */
    private static final class OnDatabase {

        private final BenchDatabaseKind kind;
        private final IngestSettings settings;
        private final List<Adapter> adapters;
        private final PrintStream out;
        private final Clock clock = Clock.systemUTC();
        private final Instant now = clock.instant();
        private final SeededDatabases seeded;
        private final boolean profile;

        OnDatabase(BenchDatabaseKind kind, IngestSettings settings, BenchOptions options, PrintStream out) {
            this.kind = kind;
            this.settings = settings;
            this.adapters = Adapter.parse(options.text("adapters", "jdbi,jpa"));
            this.out = out;
            this.seeded = new SeededDatabases(kind, settings.pool(), clock, now);
            this.profile = options.flag("profile", false);
        }

        void run() throws Exception {
            try (seeded) {
                warmUp();
                List<IngestResult> batch = new ArrayList<>();
                batch.add(baselineBatches("plain JDBC batches (before)"));
                for (Adapter adapter : adapters) {
                    for (AuditMode audit : AuditMode.values()) {
                        batch.add(useCaseBatches(adapter, audit));
                    }
                }
                batch.add(baselineBatches("plain JDBC batches (after)"));
                List<IngestResult> single = new ArrayList<>();
                single.add(baselineSingle());
                for (Adapter adapter : adapters) {
                    single.add(useCaseSingle(adapter));
                }
                IngestReports.publish(kind, settings, batch, single, out);
            }
        }

        /** Runs every path once on a small database, so the measured runs meet compiled code. */
        private void warmUp() throws Exception {
            out.printf("%s: warming up on %,d MAWBs%n", kind.label(), settings.warmUpMawbs());
            for (Adapter adapter : adapters) {
                try (BenchDatabase database = BenchDatabase.create(kind, settings.pool())) {
                    TrackingPersistence persistence = adapter.open(database.dataSource());
                    try {
                        TrackingPlatform platform = Platforms.compose(persistence, clock, AuditMode.ALL);
                        List<SeededMawb> mawbs = MawbSeeder.seed(platform, settings.warmUpMawbs(), now);
                        IngestWorkload workload = workload(mawbs);
                        workload.batches().forEach(b -> platform.events().recordAll(new RecordEventsCommand(b)));
                        new PlainJdbcEvents(database.dataSource(), kind)
                                .insertBatches(workload.distinctBatches(), Platforms.FEED.userId());
                    } finally {
                        Adapter.close(persistence);
                    }
                }
            }
        }

        private IngestResult baselineBatches(String label) throws Exception {
            try (SeededDatabase copy = seeded.fresh(settings.mawbs())) {
                BenchDatabase database = copy.database();
                IngestWorkload workload = workload(copy.mawbs());
                List<List<RecordEventCommand>> rows = workload.distinctBatches();
                long start = System.nanoTime();
                long written = new PlainJdbcEvents(database.dataSource(), kind).insertBatches(rows,
                        Platforms.FEED.userId());
                IngestResult result = IngestResult.of(label, written, written, System.nanoTime() - start);
                expectStoredEvents(database, workload.unique());
                return report(result);
            }
        }

        private IngestResult useCaseBatches(Adapter adapter, AuditMode audit) throws Exception {
            try (SeededDatabase copy = seeded.fresh(settings.mawbs())) {
                BenchDatabase database = copy.database();
                StatementProfile statements = new StatementProfile();
                TrackingPersistence persistence = adapter.open(profile ? statements.wrap(database.dataSource())
                        : database.dataSource());
                try {
                    TrackingPlatform platform = Platforms.compose(persistence, clock, audit);
                    IngestWorkload workload = workload(copy.mawbs());
                    long recorded = 0;
                    long start = System.nanoTime();
                    for (List<RecordEventCommand> batch : workload.batches()) {
                        RecordEventsResult result = platform.events().recordAll(new RecordEventsCommand(batch));
                        recorded += result.recorded();
                    }
                    IngestResult result = IngestResult.of(adapter.label() + ", batch use case, "
                            + audit.label(), workload.total(), recorded, System.nanoTime() - start);
                    expectStoredEvents(database, workload.unique());
                    if (profile) {
                        out.printf("Statements of %s:%n%s%n", result.label(), statements.summary(40));
                    }
                    if (recorded != workload.unique()) {
                        throw new IllegalStateException("recorded " + recorded + ", expected " + workload.unique());
                    }
                    return report(result.withAdapter(adapter, audit));
                } finally {
                    Adapter.close(persistence);
                }
            }
        }

        private IngestResult baselineSingle() throws Exception {
            try (SeededDatabase copy = seeded.fresh(settings.singleMawbs())) {
                BenchDatabase database = copy.database();
                List<RecordEventCommand> events = workload(copy.mawbs().subList(0, settings.singleMawbs()))
                        .uniqueEvents();
                long start = System.nanoTime();
                long written = new PlainJdbcEvents(database.dataSource(), kind).insertOneByOne(events,
                        Platforms.FEED.userId());
                return report(IngestResult.of("plain JDBC, one auto-committed INSERT per event", written, written,
                        System.nanoTime() - start));
            }
        }

        private IngestResult useCaseSingle(Adapter adapter) throws Exception {
            try (SeededDatabase copy = seeded.fresh(settings.singleMawbs())) {
                BenchDatabase database = copy.database();
                StatementProfile statements = new StatementProfile();
                TrackingPersistence persistence = adapter.open(profile ? statements.wrap(database.dataSource())
                        : database.dataSource());
                try {
                    TrackingPlatform platform = Platforms.compose(persistence, clock, AuditMode.ALL);
                    List<RecordEventCommand> events = workload(copy.mawbs().subList(0, settings.singleMawbs()))
                            .uniqueEvents();
                    long start = System.nanoTime();
                    for (RecordEventCommand event : events) {
                        platform.events().record(event);
                    }
                    IngestResult result = IngestResult.of(adapter.label() + ", single-event use case, audit on",
                            events.size(), events.size(), System.nanoTime() - start);
                    expectStoredEvents(database, events.size());
                    if (profile) {
                        out.printf("Statements of %s:%n%s%n", result.label(), statements.summary(40));
                    }
                    return report(result.withAdapter(adapter, AuditMode.ALL));
                } finally {
                    Adapter.close(persistence);
                }
            }
        }

        private IngestWorkload workload(List<SeededMawb> mawbs) {
            return IngestWorkload.generate(mawbs, settings.eventsPerMawb(), settings.batchSize(),
                    settings.resendPercent(), now, SEED);
        }

        private IngestResult report(IngestResult result) {
            out.printf("%s: %s: %,d events in %.1f s = %,.0f events/s%n", kind.label(), result.label(),
                    result.stored(), result.seconds(), result.storedPerSecond());
            return result;
        }

        private static void expectStoredEvents(BenchDatabase database, long expected) throws SQLException {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM mawb_events")) {
                rows.next();
                long stored = rows.getLong(1);
                if (stored != expected) {
                    throw new IllegalStateException("mawb_events holds " + stored + " rows, expected " + expected);
                }
            }
        }
    }
}
