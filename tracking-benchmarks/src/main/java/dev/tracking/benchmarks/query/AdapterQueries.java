package dev.tracking.benchmarks.query;

import com.zaxxer.hikari.HikariDataSource;
import dev.tracking.benchmarks.Adapter;
import dev.tracking.benchmarks.AuditMode;
import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import dev.tracking.benchmarks.ComposedPlatform;
import dev.tracking.benchmarks.query.StatementRecorder.Captured;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.in.common.Page;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Measures the list queries and the dashboard through one adapter: latencies on a platform over the benchmark's pool,
 * then, on a second platform over a one-connection pool that records the statements, which indexes the query used
 * (PostgreSQL's statistics, or H2's plan) and its plan.
 */
final class AdapterQueries implements AutoCloseable {

    private static final Pattern LIST_STATEMENT = Pattern.compile("(?is).*\\bfrom\\s+mawbs\\b.*");
    private static final Pattern DASHBOARD_STATEMENT = Pattern.compile("(?is).*\\bfrom\\s+(mawbs|bills)\\b.*");

    /** One line of the results table. */
    record Result(String query, Adapter adapter, String page, Measurement latency, List<String> indexes,
            String sequentialScans, boolean asIntended) {
    }

    /** A page deep in a list: its number and the cursor that fetches it. */
    record DeepPage(int number, String cursor) {
    }

    private final Adapter adapter;
    private final BenchDatabaseKind kind;
    private final QuerySettings settings;
    private final PlanLog plans;
    private final PrintStream out;
    private final ComposedPlatform measured;
    private final HikariDataSource probePool;
    private final StatementRecorder recorder;
    private final ComposedPlatform probed;
    private final IndexUsageProbe usage;
    private final PlanExplainer explainer;

    AdapterQueries(Adapter adapter, BenchDatabase database, Clock clock, QuerySettings settings, PlanLog plans,
            PrintStream out) {
        this.adapter = adapter;
        this.kind = database.kind();
        this.settings = settings;
        this.plans = plans;
        this.out = out;
        this.measured = adapter.compose(database.dataSource(), clock, AuditMode.ALL);
        this.probePool = database.newPool("probe-" + adapter.name().toLowerCase(java.util.Locale.ROOT), 1);
        this.recorder = new StatementRecorder(probePool);
        this.probed = adapter.compose(recorder.dataSource(), clock, AuditMode.ALL);
        this.usage = kind == BenchDatabaseKind.POSTGRESQL ? new IndexUsageProbe(database.dataSource(), probePool)
                : null;
        this.explainer = new PlanExplainer(database.dataSource(), kind);
    }

    List<Result> run(List<ListQuery> queries) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (ListQuery query : queries) {
            results.add(list(query, "first", null));
            if (query.deep()) {
                DeepPage deep = deepPage(measured.platform(), query);
                if (deep != null) {
                    results.add(list(query, "page " + deep.number(), deep.cursor()));
                }
            }
        }
        results.add(dashboard());
        return results;
    }

    /** Walks the list page by page, up to the benchmark's deep page or the last page, whichever comes first. */
    DeepPage deepPage(TrackingPlatform platform, ListQuery query) {
        String cursor = null;
        int number = 1;
        while (number < settings.deepPages()) {
            Page<Mawb> page = platform.mawbs().list(query.command(cursor, settings.pageSize()));
            if (!page.hasNext()) {
                break;
            }
            cursor = page.nextCursor();
            number++;
        }
        return number > 1 ? new DeepPage(number, cursor) : null;
    }

    private Result list(ListQuery query, String page, String cursor) throws InterruptedException {
        IntSupplier measuredCall = () -> measured.platform().mawbs().list(query.command(cursor, settings.pageSize()))
                .items().size();
        IntSupplier probedCall = () -> probed.platform().mawbs().list(query.command(cursor, settings.pageSize()))
                .items().size();
        return result(query.name(), page, query.intended(), measuredCall, probedCall, LIST_STATEMENT);
    }

    private Result dashboard() throws InterruptedException {
        IntSupplier measuredCall = () -> {
            measured.platform().dashboard().statistics();
            return 1;
        };
        IntSupplier probedCall = () -> {
            probed.platform().dashboard().statistics();
            return 1;
        };
        return result("dashboard statistics", "-", QueryCatalog.DASHBOARD_INDEXES, measuredCall, probedCall,
                DASHBOARD_STATEMENT);
    }

    private Result result(String name, String page, Set<String> intended, IntSupplier measuredCall,
            IntSupplier probedCall, Pattern statementsToExplain) throws InterruptedException {
        Measurement latency = Measurement.of(measuredCall, settings.warmup(), settings.iterations(),
                QuerySettings.MINIMUM_CALLS, settings.budget());
        for (int i = 0; i < 6; i++) {
            probedCall.getAsInt(); // past the driver's switch to server-prepared statements
        }
        recorder.start();
        probedCall.getAsInt();
        List<Captured> statements = recorder.stop().stream()
                .filter(s -> statementsToExplain.matcher(s.sql()).matches()).toList();
        List<String> indexes;
        String sequentialScans;
        List<String> planTexts = new ArrayList<>();
        for (Captured statement : statements) {
            planTexts.add(explainer.explain(statement));
        }
        if (usage != null) {
            IndexUsageProbe.Usage used = usage.measure(probedCall::getAsInt, settings.probeCalls());
            indexes = used.indexes();
            sequentialScans = used.describeSequentialScans();
        } else {
            Set<String> paths = new LinkedHashSet<>();
            planTexts.forEach(plan -> paths.addAll(PlanExplainer.h2AccessPaths(plan)));
            indexes = paths.stream().filter(p -> !p.endsWith("(scan)")).toList();
            List<String> scans = paths.stream().filter(p -> p.endsWith("(scan)")).toList();
            sequentialScans = scans.isEmpty() ? "none" : String.join(", ", scans);
        }
        boolean asIntended = indexes.stream().anyMatch(intended::contains) && !sequentialScans.contains("mawbs (");
        Result result = new Result(name, adapter, page, latency, indexes, sequentialScans, asIntended);
        if (settings.explain()) {
            for (int i = 0; i < statements.size(); i++) {
                plans.plan(name + " — " + adapter.label() + ", " + page + (statements.size() > 1 ? " #" + (i + 1) : ""),
                        statements.get(i).sql(), statements.get(i).describeBindings(), planTexts.get(i));
            }
        }
        out.printf("   %-45s %-4s %-9s p50 %7.2f ms  p99 %7.2f ms  (%d calls)  %s; seq: %s%n", name, adapter.label(),
                page, latency.p50(), latency.p99(), latency.calls(), indexes, sequentialScans);
        return result;
    }

    @Override
    public void close() {
        probed.close();
        measured.close();
        probePool.close();
    }
}
