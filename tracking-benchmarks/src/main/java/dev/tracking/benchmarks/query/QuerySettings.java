package dev.tracking.benchmarks.query;

import dev.tracking.benchmarks.Adapter;
import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.BenchOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The query benchmark's options ({@code key=value} on the load driver's command line):
 * <ul>
 *   <li>{@code db} ({@code postgresql,h2}): the databases;</li>
 *   <li>{@code adapters} ({@code jdbi,jpa});</li>
 *   <li>{@code mawbs} (1,000,000) and {@code events} (10 per MAWB): the PostgreSQL data set;</li>
 *   <li>{@code h2.mawbs} (100,000) and {@code h2.events} (10 per MAWB): the H2 data set, smaller because H2 keeps it
 *       in the JVM's memory;</li>
 *   <li>{@code seed} (42): the data's random seed;</li>
 *   <li>{@code warmup} (50) and {@code iterations} (300): calls per query before and while measuring;
 *       {@code seconds} (20): the time one measurement may take at most (it stops early, after at least 20 calls);</li>
 *   <li>{@code pageSize} (50) and {@code deepPages} (100): the page size, and how many pages the deep page lies in;</li>
 *   <li>{@code probeCalls} (20): calls whose index use is read from PostgreSQL's statistics;</li>
 *   <li>{@code explain} (true): write the plans ({@code -Dbench.plans=target/benchmark-plans.md}).</li>
 * </ul>
 */
record QuerySettings(List<BenchDatabaseKind> databases, List<Adapter> adapters, int mawbs, long events, int h2Mawbs,
        long h2Events, long seed, int warmup, int iterations, Duration budget, int pageSize, int deepPages,
        int probeCalls, boolean explain) {

    static final int MINIMUM_CALLS = 20;

    static QuerySettings from(BenchOptions options) {
        int mawbs = options.integer("mawbs", 1_000_000);
        int h2Mawbs = options.integer("h2.mawbs", 100_000);
        List<Adapter> adapters = Arrays.stream(options.text("adapters", "jdbi,jpa").split(","))
                .map(a -> Adapter.valueOf(a.strip().toUpperCase(Locale.ROOT))).toList();
        return new QuerySettings(options.databases("postgresql,h2"), adapters, mawbs,
                longOption(options, "events", 10L * mawbs), h2Mawbs, longOption(options, "h2.events", 10L * h2Mawbs),
                longOption(options, "seed", 42), options.integer("warmup", 50), options.integer("iterations", 300),
                Duration.ofSeconds(options.integer("seconds", 20)), options.integer("pageSize", 50),
                options.integer("deepPages", 100), options.integer("probeCalls", 20), options.flag("explain", true));
    }

    private static long longOption(BenchOptions options, String key, long fallback) {
        String value = options.text(key, null);
        return value == null ? fallback : Long.parseLong(value.replace("_", ""));
    }

    int mawbsOn(BenchDatabaseKind kind) {
        return kind == BenchDatabaseKind.H2 ? h2Mawbs : mawbs;
    }

    long eventsOn(BenchDatabaseKind kind) {
        return kind == BenchDatabaseKind.H2 ? h2Events : events;
    }
}
