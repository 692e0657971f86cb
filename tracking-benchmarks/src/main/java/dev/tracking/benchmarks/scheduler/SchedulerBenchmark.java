package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.BenchOptions;
import dev.tracking.benchmarks.MacroBenchmark;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduler benchmark: no-op jobs through the SDK's engine ({@code TrackingScheduler}) on its Jdbi and JPA job
 * stores, and through db-scheduler (lock-and-fetch polling) as the baseline, in the same run, on the same embedded
 * PostgreSQL server (a fresh database per trial), with the same threads, poll interval and pool size; with one and
 * with two engine instances on one database.
 *
 * <ul>
 *   <li><b>backlog</b>: {@code jobs} jobs all due before the engines start: throughput, from the engines' start until
 *       the database records the last job done;</li>
 *   <li><b>paced</b>: jobs due evenly over a window, well below capacity, inserted up front: due-to-start latency,
 *       from each job's due time until its handler starts.</li>
 * </ul>
 *
 * Every trial checks that every job ran exactly once. With {@code rounds=N} every trial runs N times, interleaved, and
 * the tables show the best round. Options: {@link SchedulerBenchSettings}.
 */
public final class SchedulerBenchmark implements MacroBenchmark {

    @Override
    public void run(BenchOptions options, PrintStream out) throws Exception {
        SchedulerBenchSettings settings = SchedulerBenchSettings.from(options);
        TrialRunner runner = new TrialRunner(settings.timeout(), out);
        if (settings.warmupJobs() > 0) {
            out.println("warm-up (not reported):");
            for (Contender contender : settings.contenders()) {
                runner.run(contender, settings.setup(1), Scenario.backlog(settings.warmupJobs()));
            }
        }
        List<TrialResult> results = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            if (settings.rounds() > 1) {
                out.printf("round %d of %d:%n", round, settings.rounds());
            }
            for (String scenario : settings.scenarios()) {
                Scenario jobs = scenario.equals("backlog") ? settings.backlog() : settings.paced();
                for (int engines : settings.engines()) {
                    for (Contender contender : settings.contenders()) {
                        results.add(runner.run(contender, settings.setup(engines), jobs));
                    }
                }
            }
        }
        List<TrialSummary> summaries = summarize(results);
        SchedulerReports reports = new SchedulerReports(settings);
        List<TrialSummary> backlog = summaries.stream().filter(s -> s.first().workload().spacing().isZero()).toList();
        if (!backlog.isEmpty()) {
            reports.throughput(backlog).publish(out);
            reports.databaseWork(backlog).publish(out);
        }
        reports.latency(summaries).publish(out);
    }

    /** The results grouped by contender, engine count and scenario, in the order they first ran. */
    private static List<TrialSummary> summarize(List<TrialResult> results) {
        List<List<TrialResult>> groups = new ArrayList<>();
        for (TrialResult result : results) {
            groups.stream()
                    .filter(group -> new TrialSummary(group).sameAs(result))
                    .findFirst()
                    .ifPresentOrElse(group -> group.add(result), () -> groups.add(new ArrayList<>(List.of(result))));
        }
        return groups.stream().map(TrialSummary::new).toList();
    }
}
