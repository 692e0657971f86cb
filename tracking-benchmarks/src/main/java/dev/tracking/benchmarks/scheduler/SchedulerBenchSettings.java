package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.BenchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scheduler benchmark's options ({@code key=value}) and their defaults.
 *
 * <ul>
 *   <li>{@code jobs=100000}: the backlog's size;</li>
 *   <li>{@code threads=10}: worker threads per engine, for both libraries;</li>
 *   <li>{@code engines=1,2}: engine instances in the JVM, each with its own pool ({@code threads + 4}
 *       connections, option {@code pool});</li>
 *   <li>{@code poll-ms=100}: the idle poll interval of both libraries;</li>
 *   <li>{@code paced-rate=500}, {@code paced-seconds=20}, {@code paced-lead-ms=5000}: the paced scenario's jobs a
 *       second, for how long, and how long after their insertion the first is due;</li>
 *   <li>{@code scenarios=backlog,paced};</li>
 *   <li>{@code contenders=db-scheduler,jdbi-postgresql,jpa-postgresql,jdbi-h2};</li>
 *   <li>{@code dbs-lower=0.5}, {@code dbs-upper=1.0}: db-scheduler's lock-and-fetch limits, as fractions of its
 *       threads;</li>
 *   <li>{@code warmup=5000}: a backlog each contender runs once first, not reported (0: none);</li>
 *   <li>{@code rounds=1}: how often every trial runs (interleaved); the tables show the best round;</li>
 *   <li>{@code timeout-s=600}: how long one trial may take once its jobs are due.</li>
 * </ul>
 */
record SchedulerBenchSettings(int jobs, int threads, List<Integer> engines, Duration pollInterval, int poolSize,
        int pacedRate, int pacedSeconds, Duration pacedLead, List<String> scenarios, List<Contender> contenders,
        int warmupJobs, int rounds, Duration timeout) {

    static SchedulerBenchSettings from(BenchOptions options) {
        int threads = options.integer("threads", 10);
        double lower = Double.parseDouble(options.text("dbs-lower", "0.5"));
        double upper = Double.parseDouble(options.text("dbs-upper", "1.0"));
        List<Contender> known = List.of(new DbSchedulerContender(lower, upper),
                new TrackingContender(TrackingStore.JDBI, BenchDatabaseKind.POSTGRESQL),
                new TrackingContender(TrackingStore.JPA, BenchDatabaseKind.POSTGRESQL),
                new TrackingContender(TrackingStore.JDBI, BenchDatabaseKind.H2));
        List<Contender> contenders = new ArrayList<>();
        for (String key : list(options.text("contenders", "db-scheduler,jdbi-postgresql,jpa-postgresql,jdbi-h2"))) {
            contenders.add(known.stream().filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown contender '" + key + "'; one of "
                            + known.stream().map(Contender::key).toList())));
        }
        List<String> scenarios = list(options.text("scenarios", "backlog,paced"));
        scenarios.stream().filter(s -> !s.equals("backlog") && !s.equals("paced")).findAny().ifPresent(s -> {
            throw new IllegalArgumentException("unknown scenario '" + s + "'; backlog or paced");
        });
        return new SchedulerBenchSettings(
                options.integer("jobs", 100_000),
                threads,
                list(options.text("engines", "1,2")).stream().map(Integer::parseInt).toList(),
                Duration.ofMillis(options.integer("poll-ms", 100)),
                options.integer("pool", threads + 4),
                options.integer("paced-rate", 500),
                options.integer("paced-seconds", 20),
                Duration.ofMillis(options.integer("paced-lead-ms", 5_000)),
                scenarios,
                List.copyOf(contenders),
                options.integer("warmup", 5_000),
                Math.max(1, options.integer("rounds", 1)),
                Duration.ofSeconds(options.integer("timeout-s", 600)));
    }

    TrialSetup setup(int engineCount) {
        return new TrialSetup(engineCount, threads, pollInterval, poolSize);
    }

    Scenario backlog() {
        return Scenario.backlog(jobs);
    }

    Scenario paced() {
        return Scenario.paced(pacedRate, pacedSeconds, pacedLead);
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .toList();
    }
}
