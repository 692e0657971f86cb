package dev.tracking.scheduler;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SchedulerMetrics} recorded into a Micrometer {@link MeterRegistry}. Micrometer is an optional dependency of
 * this module: only a host that has it and passes an instance of this class loads it.
 *
 * <pre>{@code
 * TrackingScheduler.create(jobStore, handlers).metrics(new MicrometerSchedulerMetrics(registry)).build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>kind</th><th>tags</th></tr>
 *   <tr><td>{@value #CLAIMED}</td><td>counter</td><td>type</td></tr>
 *   <tr><td>{@value #FINISHED}</td><td>counter</td><td>type, outcome ({@code completed}, {@code failed_will_retry},
 *       {@code dead}, {@code lease_lost})</td></tr>
 *   <tr><td>{@value #DURATION}</td><td>timer (handler run time)</td><td>type, outcome</td></tr>
 *   <tr><td>{@value #RUNNING}</td><td>gauge (handlers running now)</td><td>instance, type</td></tr>
 *   <tr><td>{@value #LEASES_RECOVERED}</td><td>counter</td><td>none</td></tr>
 *   <tr><td>{@value #LEASES_LOST}</td><td>counter</td><td>none</td></tr>
 * </table>
 */
public final class MicrometerSchedulerMetrics implements SchedulerMetrics {

    /** Counter of claimed jobs, tag {@code type}. */
    public static final String CLAIMED = "tracking.scheduler.jobs.claimed";
    /** Counter of ended attempts, tags {@code type} and {@code outcome}. */
    public static final String FINISHED = "tracking.scheduler.jobs.finished";
    /** Timer of handler run times, tags {@code type} and {@code outcome}. */
    public static final String DURATION = "tracking.scheduler.jobs.duration";
    /** Gauge of running handlers, tags {@code instance} and {@code type}. */
    public static final String RUNNING = "tracking.scheduler.jobs.running";
    /** Counter of jobs taken back after their instance's lease expired. */
    public static final String LEASES_RECOVERED = "tracking.scheduler.leases.recovered";
    /** Counter of jobs this instance found taken over by another. */
    public static final String LEASES_LOST = "tracking.scheduler.leases.lost";

    private final MeterRegistry registry;
    private final Map<String, List<Meter>> gaugesByInstance = new ConcurrentHashMap<>();

    /** Metrics recorded into {@code registry}. */
    public MicrometerSchedulerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void bind(SchedulerView view) {
        List<Meter> gauges = new ArrayList<>();
        for (String type : view.jobTypes()) {
            gauges.add(Gauge.builder(RUNNING, view, v -> v.runningJobs(type))
                    .description("job handlers running now")
                    .tag("instance", view.instanceName())
                    .tag("type", type)
                    .strongReference(true)
                    .register(registry));
        }
        gaugesByInstance.put(view.instanceName(), gauges);
    }

    @Override
    public void unbind(SchedulerView view) {
        List<Meter> gauges = gaugesByInstance.remove(view.instanceName());
        if (gauges != null) {
            gauges.forEach(registry::remove);
        }
    }

    @Override
    public void claimed(String type, int count) {
        Counter.builder(CLAIMED).description("jobs claimed").tag("type", type).register(registry).increment(count);
    }

    @Override
    public void finished(String type, JobOutcome outcome, Duration handlerTime) {
        String tag = outcome.name().toLowerCase(Locale.ROOT);
        Counter.builder(FINISHED).description("job attempts ended, by outcome").tag("type", type)
                .tag("outcome", tag).register(registry).increment();
        Timer.builder(DURATION).description("how long job handlers ran").tag("type", type).tag("outcome", tag)
                .register(registry).record(handlerTime);
    }

    @Override
    public void leasesRecovered(int count) {
        Counter.builder(LEASES_RECOVERED).description("jobs taken back after their instance's lease expired")
                .register(registry).increment(count);
    }

    @Override
    public void leasesLost(int count) {
        Counter.builder(LEASES_LOST).description("jobs this instance found taken over by another")
                .register(registry).increment(count);
    }
}
