package dev.tracking.benchmarks.ingest;

import dev.tracking.benchmarks.Adapter;
import dev.tracking.benchmarks.AuditMode;
import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.Report;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The ingest tables: batch path against its baseline, audit overhead, single-event path against its baseline. */
final class IngestReports {

    private IngestReports() {
    }

    static void publish(BenchDatabaseKind kind, IngestSettings settings, List<IngestResult> batch,
            List<IngestResult> single, PrintStream out) {
        double baseline = batch.stream().filter(IngestResult::baseline).mapToDouble(IngestResult::storedPerSecond)
                .average().orElseThrow();
        Report batches = new Report("Ingest, batches, " + kind.label(),
                "path", "events stored", "seconds", "events/s", "ratio to plain JDBC");
        batch.forEach(r -> batches.row(r.label(), r.stored(), r.seconds(), r.storedPerSecond(),
                Report.percent(r.storedPerSecond() / baseline)));
        batches.note(String.format(Locale.ROOT, "%,d MAWBs x %d milestones in batches of %,d (%d%% of each batch "
                        + "repeats the batch before, dropped by dedupe); the ratio is against the mean of the two "
                        + "plain-JDBC runs (%,.0f events/s). Stored events per second; each run on a fresh copy of "
                        + "the seeded database.", settings.mawbs(), settings.eventsPerMawb(), settings.batchSize(),
                settings.resendPercent(), baseline));
        batches.publish(out);

        Report audit = new Report("Audit overhead on batch ingest, " + kind.label(),
                "adapter", "audit off, events/s", "audit on, events/s", "overhead", "events not audited, events/s",
                "overhead");
        for (Adapter adapter : Adapter.values()) {
            IngestResult on = find(batch, adapter, AuditMode.ALL);
            IngestResult allButEvents = find(batch, adapter, AuditMode.ALL_BUT_EVENTS);
            IngestResult off = find(batch, adapter, AuditMode.OFF);
            if (on != null && off != null && allButEvents != null) {
                audit.row(adapter.label(), off.storedPerSecond(), on.storedPerSecond(),
                        Report.percent(on.seconds() / off.seconds() - 1), allButEvents.storedPerSecond(),
                        Report.percent(allButEvents.seconds() / off.seconds() - 1));
            }
        }
        audit.note("Overhead: the extra time the same feed takes with that audit setting, against audit off.");
        audit.publish(out);

        double singleBaseline = single.stream().filter(IngestResult::baseline)
                .mapToDouble(IngestResult::storedPerSecond).average().orElseThrow();
        Report singles = new Report("Ingest, one event per call, " + kind.label(),
                "path", "events", "seconds", "events/s", "ms per event", "ratio to plain JDBC");
        single.forEach(r -> singles.row(r.label(), r.stored(), r.seconds(), r.storedPerSecond(),
                1000.0 / r.storedPerSecond(), Report.percent(r.storedPerSecond() / singleBaseline)));
        singles.note(String.format(Locale.ROOT, "The first %,d MAWBs' events, one call (one transaction) each.",
                settings.singleMawbs()));
        singles.publish(out);
    }

    private static IngestResult find(List<IngestResult> results, Adapter adapter, AuditMode audit) {
        return results.stream().filter(r -> r.adapter() == adapter && r.audit() == audit).findFirst()
                .orElse(null);
    }
}
