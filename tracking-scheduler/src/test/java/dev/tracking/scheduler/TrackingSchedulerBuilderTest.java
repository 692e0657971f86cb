package dev.tracking.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.port.out.JobStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's defaults and its fail-fast checks. */
class TrackingSchedulerBuilderTest {

    private final JobStore store = TestJobs.inMemoryStore();
    private final JobHandler email = JobHandler.of("email", context -> { });

    @Test
    void theDefaults() {
        assertThat(TrackingScheduler.Builder.DEFAULT_THREADS).isEqualTo(5);
        assertThat(TrackingScheduler.Builder.DEFAULT_POLL_INTERVAL).isEqualTo(Duration.ofSeconds(10));
        assertThat(TrackingScheduler.Builder.DEFAULT_CLAIM_BATCH_SIZE).isEqualTo(50);
        assertThat(TrackingScheduler.Builder.DEFAULT_LEASE_DURATION).isEqualTo(Duration.ofMinutes(5));
        assertThat(TrackingScheduler.Builder.DEFAULT_HEARTBEAT_INTERVAL).isEqualTo(Duration.ofMinutes(1));
        assertThat(TrackingScheduler.Builder.DEFAULT_SHUTDOWN_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
        assertThat(TrackingScheduler.Builder.DEFAULT_COMPLETION_FLUSH_SIZE).isEqualTo(100);
        assertThat(TrackingScheduler.Builder.DEFAULT_COMPLETION_FLUSH_INTERVAL).isEqualTo(Duration.ofMillis(500));
        assertThat(TrackingScheduler.DEAD_JOB_TOPIC).isEqualTo("job.dead");
    }

    @Test
    void theDefaultInstanceNameIsTheHostNameAndARandomSuffix() {
        TrackingScheduler one = TrackingScheduler.create(store, email).build();
        TrackingScheduler two = TrackingScheduler.create(store, email).build();

        assertThat(one.instanceName()).matches(".+-[0-9a-f]{8}").hasSizeLessThanOrEqualTo(128);
        assertThat(one.instanceName()).isNotEqualTo(two.instanceName());
        assertThat(one.isRunning()).as("built, not started").isFalse();
        assertThat(TrackingScheduler.create(store, List.of(email)).instanceName("node-1").build().instanceName())
                .isEqualTo("node-1");
    }

    @Test
    void settersRefuseNonsenseAtOnce() {
        TrackingScheduler.Builder builder = TrackingScheduler.create(store, email);

        assertThatThrownBy(() -> builder.threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> builder.pollInterval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pollInterval");
        assertThatThrownBy(() -> builder.claimBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.leaseDuration(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.heartbeatInterval(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.shutdownTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.completionFlushSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.concurrency("email", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.instanceName(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.instanceName("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.notifier(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.metrics(null)).isInstanceOf(NullPointerException.class);
        RecurringJob daily = RecurringJob.of("daily", "email", Schedule.fixedInterval(Duration.ofDays(1)));
        assertThatThrownBy(() -> builder.recurring(daily, daily)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daily");
    }

    @Test
    void buildNamesEverySettingThatDoesNotFit() {
        TrackingScheduler.Builder builder = TrackingScheduler.create(store, email)
                .leaseDuration(Duration.ofSeconds(10)).heartbeatInterval(Duration.ofSeconds(6))
                .concurrency("sms", 1)
                .backoff("fax", Backoff.none())
                .recurring(RecurringJob.of("report", "report", Schedule.fixedInterval(Duration.ofDays(1))));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("heartbeatInterval")
                .hasMessageContaining("concurrency limit for job type sms")
                .hasMessageContaining("backoff for job type fax")
                .hasMessageContaining("recurring job report of type report");
    }

    @Test
    void handlersAreOnePerTypeAndAtLeastOne() {
        assertThatThrownBy(() -> TrackingScheduler.create(store, email, JobHandler.of("email", context -> { })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two handlers for job type email");
        assertThatThrownBy(() -> TrackingScheduler.create(store).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no job handlers");
        assertThatThrownBy(() -> TrackingScheduler.create(null, email)).isInstanceOf(NullPointerException.class);
    }
}
