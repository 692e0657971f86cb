package dev.tracking.benchmarks.query;

import dev.tracking.benchmarks.Adapter;
import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.BenchOptions;
import dev.tracking.benchmarks.MacroBenchmark;
import dev.tracking.benchmarks.Report;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The query macro benchmark: a generated data set (1,000,000 MAWBs and 10,000,000 events on PostgreSQL by default,
 * 100,000 and 1,000,000 on H2), then the MAWB list use case with its typical filters, first page and a deep keyset
 * page, and the dashboard statistics, through the Jdbi and the JPA adapter on the same data. Reports p50/p99 per
 * query, the indexes each used and any sequential scan of a large table, and writes the plans. Options: see
 * {@link QuerySettings}.
 */
public final class QueryBenchmark implements MacroBenchmark {

    /** The pool the measured platforms and the loaders share. */
    private static final int POOL_SIZE = 8;

    @Override
    public void run(BenchOptions options, PrintStream out) throws Exception {
        QuerySettings settings = QuerySettings.from(options);
        PlanLog plans = new PlanLog();
        for (BenchDatabaseKind kind : settings.databases()) {
            runOn(kind, settings, plans, out);
        }
        if (settings.explain()) {
            out.println("plans: " + plans.file().toAbsolutePath());
        }
    }

    private static void runOn(BenchDatabaseKind kind, QuerySettings settings, PlanLog plans, PrintStream out)
            throws InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ShipmentGenerator generator = new ShipmentGenerator(settings.seed(), settings.mawbsOn(kind),
                settings.eventsOn(kind), now);
        try (BenchDatabase database = BenchDatabase.create(kind, POOL_SIZE)) {
            out.printf("-- %s: generating %,d MAWBs and %,d events%n", kind.label(), generator.mawbs(),
                    settings.eventsOn(kind));
            QueryDataset data = QueryDataset.load(database, generator, out);
            publishDataset(kind, data, out);

            List<ListQuery> queries = QueryCatalog.queries(generator);
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            String title = String.format(java.util.Locale.ROOT, "%s, %,d MAWBs, %,d events", kind.label(),
                    data.counts().mawbs(), data.counts().events());
            plans.heading("Query plans: " + title);
            List<AdapterQueries.Result> results = new ArrayList<>();
            for (Adapter adapter : settings.adapters()) {
                out.printf("-- %s through %s%n", kind.label(), adapter.label());
                try (AdapterQueries run = new AdapterQueries(adapter, database, clock, settings, plans, out)) {
                    results.addAll(run.run(queries));
                }
            }
            publishResults(kind, title, settings, results, out);
        }
    }

    private static void publishDataset(BenchDatabaseKind kind, QueryDataset data, PrintStream out) {
        ShipmentLoader.Counts c = data.counts();
        new Report("Queries: data set (" + kind.label() + ")", "database", "MAWBs", "HAWBs", "flights", "events",
                "dedupe keys", "bills", "generate + load s", kind == BenchDatabaseKind.POSTGRESQL
                        ? "VACUUM ANALYZE s" : "ANALYZE s", "size MB")
                .row(kind.label(), c.mawbs(), c.hawbs(), c.flights(), c.events(), c.dedupeKeys(), c.bills(),
                        data.load().toMillis() / 1000.0, data.analyze().toMillis() / 1000.0,
                        data.bytes() < 0 ? "-" : (Object) (data.bytes() / 1_048_576L))
                .note(kind == BenchDatabaseKind.POSTGRESQL
                        ? "COPY into the migrated tables, indexes in place, event partitions for every month."
                        : "Batched inserts (1,000 rows per batch and commit) into the in-memory database.")
                .publish(out);
    }

    private static void publishResults(BenchDatabaseKind kind, String title, QuerySettings settings,
            List<AdapterQueries.Result> results, PrintStream out) {
        Report report = new Report("Queries: MAWB list and dashboard (" + title + ")", "query", "adapter", "page",
                "rows", "p50 ms", "p99 ms", "max ms", "calls", "index used", "seq scans", "as intended");
        for (AdapterQueries.Result r : results) {
            report.row(r.query(), r.adapter().label(), r.page(), r.latency().rows(), r.latency().p50(),
                    r.latency().p99(), r.latency().max(), r.latency().calls(),
                    r.indexes().isEmpty() ? "-" : String.join(", ", r.indexes()), r.sequentialScans(),
                    r.asIntended() ? "yes" : "no");
        }
        report.note(String.format(java.util.Locale.ROOT, "Page size %d; the deep page is reached through %d pages "
                + "of cursors (fewer when the list ends sooner). %d warm-up calls, then up to %d measured calls "
                + "(at most %d s each). Newest first unless said otherwise.", settings.pageSize(),
                settings.deepPages(), settings.warmup(), settings.iterations(), settings.budget().toSeconds()));
        report.note(kind == BenchDatabaseKind.POSTGRESQL
                ? "Index used: the indexes of mawbs, hawbs and bills whose pg_stat_user_indexes.idx_scan grew over "
                        + settings.probeCalls() + " calls (a page's flights, references and equipment are read by "
                        + "primary key as well); seq scans: growth of pg_stat_user_tables.seq_scan on the large tables."
                : "Index used and scans: the access paths H2's EXPLAIN ANALYZE shows for the statement.");
        report.publish(out);
    }
}
