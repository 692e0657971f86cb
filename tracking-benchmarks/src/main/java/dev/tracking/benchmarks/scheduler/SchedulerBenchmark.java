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
 * Every trial checks that every job ran exactly once. Options: {@link SchedulerBenchSettings}.
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
        List<TrialResult> backlog = new ArrayList<>();
        List<TrialResult> paced = new ArrayList<>();
        for (String scenario : settings.scenarios()) {
            for (int engines : settings.engines()) {
                for (Contender contender : settings.contenders()) {
                    if (scenario.equals("backlog")) {
                        backlog.add(runner.run(contender, settings.setup(engines), settings.backlog()));
                    } else {
                        paced.add(runner.run(contender, settings.setup(engines), settings.paced()));
                    }
                }
            }
        }
        SchedulerReports reports = new SchedulerReports(settings);
        if (!backlog.isEmpty()) {
            reports.throughput(backlog).publish(out);
        }
        List<TrialResult> all = new ArrayList<>(backlog);
        all.addAll(paced);
        reports.latency(all).publish(out);
    }
}
