package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.Report;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scheduler benchmark's tables: throughput of the backlog, the database work behind it, and due-to-start latency
 * of both scenarios; each row the best round of its trials.
 */
final class SchedulerReports {

    private final SchedulerBenchSettings settings;

    SchedulerReports(SchedulerBenchSettings settings) {
        this.settings = settings;
    }

    Report throughput(List<TrialSummary> summaries) {
        Report report = new Report(String.format(Locale.ROOT, "Scheduler throughput: a backlog of %,d no-op jobs",
                settings.jobs()), "library", "store", "engines", "threads", "jobs", "seconds", "jobs/s",
                "ratio to " + DbSchedulerContender.LIBRARY);
        for (TrialSummary summary : summaries) {
            TrialResult result = summary.representative();
            report.row(result.contender().library(), result.contender().store(), result.setup().engines(),
                    result.setup().threads(), result.workload().jobs(), result.seconds(), result.jobsPerSecond(),
                    ratio(result, summaries));
        }
        settingsNotes(report);
        report.note("- Jobs/s: the jobs, all inserted before the engines start and due at one instant before it"
                + " (insertion not measured; then `VACUUM ANALYZE` and `CHECKPOINT`), over the time from starting the"
                + " engines until the database records the last one done (polled every 10 ms once every handler ran)."
                + " Each trial runs on a fresh database; the ratio compares with db-scheduler at the same engine"
                + " count (no baseline on H2). A warm-up backlog of " + settings.warmupJobs()
                + " jobs per library runs first, not reported.");
        report.note("- Commits: db-scheduler deletes each finished execution in its own transaction; tracking-scheduler"
                + " claims up to its free workers in one transaction (one statement on PostgreSQL) and records"
                + " completions in batches (100, or every 500 ms), which also puts up to 500 ms of flush delay into"
                + " the end of its measured time.");
        report.note("- Every job ran exactly once in every trial: counted per job by the handlers, and checked in the"
                + " database (tracking: every job `COMPLETED` with one attempt; db-scheduler: no execution left).");
        roundsNote(report, summaries, result -> String.format(Locale.ROOT, "%,.0f", result.jobsPerSecond()),
                "jobs/s");
        return report;
    }

    Report databaseWork(List<TrialSummary> summaries) {
        Report report = new Report("Scheduler work per job (backlog)", "library", "store", "engines",
                "WAL bytes/job", "commits/job", "JVM CPU us/job", "database CPU us/job");
        for (TrialSummary summary : summaries) {
            TrialResult result = summary.representative();
            report.row(result.contender().library(), result.contender().store(), result.setup().engines(),
                    result.walBytesPerJob(), result.commitsPerJob(), result.jvmCpuMicrosPerJob(),
                    result.databaseCpuMicrosPerJob());
        }
        report.note("- WAL written by the server and transactions committed in the trial's database from the engines'"
                + " start until they stopped (idle polls included), per job; every commit that wrote WAL waits for its"
                + " flush (fsync), concurrent commits share one (group commit). CPU: this JVM (engines, handlers,"
                + " the benchmark's polling) and the embedded PostgreSQL server's processes (none for H2, which runs"
                + " in the JVM) from the engines' start until the last job was done, per job; unlike the wall-clock"
                + " figures they hardly depend on what else the machine runs.");
        return report;
    }

    Report latency(List<TrialSummary> summaries) {
        Report report = new Report("Scheduler due-to-start latency", "library", "store", "engines", "scenario",
                "jobs", "p50 ms", "p99 ms", "max ms");
        for (TrialSummary summary : summaries) {
            TrialResult result = summary.representative();
            report.row(result.contender().library(), result.contender().store(), result.setup().engines(),
                    result.workload().name(), result.workload().jobs(), result.latencies().percentileMillis(50),
                    result.latencies().percentileMillis(99), result.latencies().maxMillis());
        }
        settingsNotes(report);
        report.note(String.format(Locale.ROOT, "- paced: %,d jobs due %d a second for %d s (well below every"
                        + " engine's capacity), inserted %d ms ahead; latency = handler start minus the job's due"
                        + " time (both wall-clock, microseconds). With an idle engine it is bounded by the poll"
                        + " interval.", settings.pacedRate() * settings.pacedSeconds(), settings.pacedRate(),
                settings.pacedSeconds(), settings.pacedLead().toMillis()));
        report.note("- backlog: the jobs of the throughput table, measured from the engines' start (all were due"
                + " before it), so it is dominated by each job's place in the queue.");
        roundsNote(report, summaries.stream().filter(s -> !s.first().workload().spacing().isZero()).toList(),
                result -> String.format(Locale.ROOT, "%.0f", result.latencies().percentileMillis(99)), "paced p99 ms");
        return report;
    }

    private void settingsNotes(Report report) {
        report.note(String.format(Locale.ROOT, "- Settings, the same for both libraries: %d worker threads per engine,"
                        + " poll interval %d ms, a pool of %d connections per engine (engines are separate scheduler"
                        + " objects in one JVM, on one database). db-scheduler 16.7.1: `pollUsingLockAndFetch(%s, %s)`."
                        + " tracking-scheduler: claims at most its free workers (at most 50), defaults otherwise.",
                settings.threads(), settings.pollInterval().toMillis(), settings.poolSize(),
                fraction(settings, true), fraction(settings, false)));
        report.note(String.format(Locale.ROOT, "- Embedded PostgreSQL 14 (zonky) with fsync and synchronous_commit on;"
                        + " H2 in memory. %d cores shared by the JVM and PostgreSQL; Java %s.%s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                settings.rounds() > 1 ? " Best of " + settings.rounds() + " interleaved rounds." : ""));
    }

    private void roundsNote(Report report, List<TrialSummary> summaries,
            java.util.function.Function<TrialResult, String> figure, String what) {
        if (settings.rounds() < 2 || summaries.isEmpty()) {
            return;
        }
        report.note("- " + what + " of each round: " + summaries.stream()
                .map(summary -> summary.first().contender().library() + " (" + summary.first().contender().store()
                        + ", " + summary.first().setup().engines() + "): " + summary.rounds().stream().map(figure)
                        .collect(Collectors.joining(" / ")))
                .collect(Collectors.joining("; ")) + ".");
    }

    private static String fraction(SchedulerBenchSettings settings, boolean lower) {
        return settings.contenders().stream()
                .filter(DbSchedulerContender.class::isInstance)
                .map(DbSchedulerContender.class::cast)
                .findFirst()
                .map(c -> String.valueOf(lower ? c.lowerFraction() : c.upperFraction()))
                .orElse("-");
    }

    private static String ratio(TrialResult result, List<TrialSummary> summaries) {
        if (result.contender().isBaseline()) {
            return "baseline";
        }
        Optional<TrialResult> baseline = summaries.stream()
                .map(TrialSummary::representative)
                .filter(other -> other.contender().isBaseline())
                .filter(other -> other.setup().engines() == result.setup().engines())
                .findFirst();
        if (baseline.isEmpty() || !result.contender().store().endsWith("PostgreSQL")) {
            return "-";
        }
        return Report.percent(result.jobsPerSecond() / baseline.get().jobsPerSecond());
    }
}
