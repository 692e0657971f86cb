package dev.tracking.benchmarks;

import dev.tracking.benchmarks.ingest.IngestBenchmark;
import dev.tracking.benchmarks.query.QueryBenchmark;
import dev.tracking.benchmarks.scheduler.SchedulerBenchmark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The macro benchmarks: {@code java -cp target/benchmarks.jar dev.tracking.benchmarks.LoadDriver <what> [key=value...]}
 * where {@code what} is {@code ingest}, {@code queries}, {@code scheduler} or {@code all}. Every benchmark runs its
 * baseline in the same JVM against the same database server and prints Markdown tables (also appended to
 * {@code target/benchmark-results.md}). See the module's README for the options.
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: LoadDriver ingest|queries|scheduler|all [key=value ...]");
            System.exit(2);
        }
        quietLogging();
        BenchOptions options = BenchOptions.parse(List.of(args).subList(1, args.length));
        Map<String, MacroBenchmark> benchmarks = new LinkedHashMap<>();
        benchmarks.put("ingest", new IngestBenchmark());
        benchmarks.put("queries", new QueryBenchmark());
        benchmarks.put("scheduler", new SchedulerBenchmark());
        String what = args[0];
        List<String> selected = what.equals("all") ? List.copyOf(benchmarks.keySet()) : List.of(what.split(","));
        for (String name : selected) {
            MacroBenchmark benchmark = benchmarks.get(name);
            if (benchmark == null) {
                System.err.println("unknown benchmark '" + name + "'; one of " + benchmarks.keySet() + " or all");
                System.exit(2);
            }
            System.out.printf("== %s (%s)%n", name, options);
            benchmark.run(options, System.out);
        }
        System.exit(0);
    }

    /** Libraries log at WARN unless the command line says otherwise; Hibernate logs through SLF4J. */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }
}
