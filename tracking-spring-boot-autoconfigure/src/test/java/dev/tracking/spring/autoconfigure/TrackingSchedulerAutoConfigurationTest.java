package dev.tracking.spring.autoconfigure;

import static dev.tracking.spring.autoconfigure.TestContexts.await;
import static dev.tracking.spring.autoconfigure.TestContexts.jobNow;
import static dev.tracking.spring.autoconfigure.TestContexts.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.scheduler.JobHandler;
import dev.tracking.scheduler.MicrometerSchedulerMetrics;
import dev.tracking.scheduler.PermanentJobFailure;
import dev.tracking.scheduler.RecurringJob;
import dev.tracking.scheduler.Schedule;
import dev.tracking.scheduler.SchedulerMetrics;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.scheduler.handlers.CleanupJobHandler;
import dev.tracking.scheduler.handlers.DailyReportJobHandler;
import dev.tracking.scheduler.handlers.ReminderJobHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job engine: enabled or not, started and stopped with the context, its handlers, jobs, actor and meters. */
class TrackingSchedulerAutoConfigurationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ApplicationContextRunner runner = TestContexts.h2Runner()
            .withPropertyValues("tracking.scheduler.poll-interval=100ms");

    @Test
    void startsWithTheContextAndStopsWhenItCloses() {
        TrackingScheduler[] scheduler = new TrackingScheduler[1];
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TrackingScheduler.class)
                    .hasSingleBean(TrackingSchedulerLifecycle.class).hasSingleBean(ReminderJobHandler.class)
                    .hasSingleBean(CleanupJobHandler.class).doesNotHaveBean(DailyReportJobHandler.class);
            scheduler[0] = context.getBean(TrackingScheduler.class);
            assertThat(scheduler[0].isRunning()).isTrue();
            assertThat(context.getBean(TrackingSchedulerLifecycle.class).getPhase())
                    .isEqualTo(TrackingSchedulerLifecycle.PHASE);
        });
        assertThat(scheduler[0].isRunning()).isFalse();
    }

    @Test
    void whenDisabledThereIsNoEngineButJobsCanStillBeScheduled() {
        runner.withPropertyValues("tracking.scheduler.enabled=false").withUserConfiguration(Handlers.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(TrackingScheduler.class)
                            .doesNotHaveBean(TrackingSchedulerLifecycle.class)
                            .doesNotHaveBean(ReminderJobHandler.class).doesNotHaveBean(CleanupJobHandler.class)
                            .hasSingleBean(JobStore.class).hasSingleBean(TrackingPlatform.class);
                    JobStore jobs = context.getBean(JobStore.class);
                    JobRequest job = jobNow("greet", Map.of(), 1);
                    assertThat(jobs.schedule(job)).isTrue();
                    Thread.sleep(300);
                    assertThat(statusOf(jobs, job.id())).isEqualTo(JobStatus.PENDING);
                    assertThat(context.getBean(Handlers.class).actors).isEmpty();
                });
    }

    @Test
    void runsEveryHandlerBeanAsTheSystemActor() {
        runner.withUserConfiguration(Handlers.class).run(context -> {
            JobStore jobs = context.getBean(JobStore.class);
            JobRequest job = jobNow("greet", Map.of("name", "world"), 1);
            assertThat(context.getBean(TrackingScheduler.class).enqueue(job)).isTrue();
            await(WAIT, () -> "the job completes: " + jobs.find(job.id()),
                    () -> statusOf(jobs, job.id()) == JobStatus.COMPLETED);
            Handlers handlers = context.getBean(Handlers.class);
            assertThat(handlers.actors).containsExactly(Actor.system());
            assertThat(handlers.statisticsRead).isTrue();
            assertThat(context.getBean(ActorProvider.class).currentActor())
                    .isEqualTo(ScopedActorProvider.anonymous());
        });
    }

    @Test
    void closingTheContextLetsRunningHandlersFinish() {
        runner.withUserConfiguration(SlowHandler.class).run(context -> {
            JobStore jobs = context.getBean(JobStore.class);
            SlowHandler slow = context.getBean(SlowHandler.class);
            JobRequest job = jobNow(SlowHandler.TYPE, Map.of(), 1);
            context.getBean(TrackingScheduler.class).enqueue(job);
            assertThat(slow.started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            context.close();
            assertThat(slow.finished).isTrue();
            assertThat(statusOf(jobs, job.id())).isEqualTo(JobStatus.COMPLETED);
        });
    }

    @Test
    void closingTheContextGivesBackHandlersStillRunningAfterTheShutdownTimeout() {
        runner.withPropertyValues("tracking.scheduler.shutdown-timeout=200ms")
                .withUserConfiguration(StuckHandler.class).run(context -> {
                    JobStore jobs = context.getBean(JobStore.class);
                    StuckHandler stuck = context.getBean(StuckHandler.class);
                    JobRequest job = jobNow(StuckHandler.TYPE, Map.of(), 3);
                    context.getBean(TrackingScheduler.class).enqueue(job);
                    assertThat(stuck.started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                    long before = System.nanoTime();
                    context.close();
                    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
                    assertThat(stuck.interrupted.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                    Job released = jobs.find(job.id()).orElseThrow();
                    assertThat(released.status()).isEqualTo(JobStatus.PENDING);
                });
    }

    @Test
    void theCleanUpRunsDailyAtTheConfiguredTime() {
        runner.withPropertyValues("tracking.jobs.cleanup.time=04:30", "tracking.jobs.cleanup.zone=America/Chicago")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CleanupJobHandler.class);
                    RecurringJob cleanup = context.getBean("trackingCleanupRecurringJob", RecurringJob.class);
                    assertThat(cleanup.type()).isEqualTo(CleanupJobHandler.TYPE);
                    Instant expected = Schedule.dailyAt(ZoneId.of("America/Chicago"), LocalTime.of(4, 30))
                            .nextAfter(Instant.now());
                    JobStore jobs = context.getBean(JobStore.class);
                    await(WAIT, "the next clean-up is scheduled", () -> !jobs.pending(cleanup.keyPrefix()).isEmpty());
                    PlannedJob next = jobs.pending(cleanup.keyPrefix()).get(0);
                    assertThat(next.runAt()).isEqualTo(expected);
                });
    }

    @Test
    void theCleanUpCanBeSwitchedOff() {
        runner.withPropertyValues("tracking.jobs.cleanup.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(CleanupJobHandler.class)
                    .doesNotHaveBean(RecurringJob.class).hasSingleBean(TrackingScheduler.class);
        });
    }

    @Test
    void theDailyReportNeedsToBeSwitchedOnAndHasRecipients() {
        runner.withPropertyValues("tracking.jobs.report.enabled=true",
                "tracking.mail.recipients.topics[report.daily]=ops@forwarder.example").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DailyReportJobHandler.class);
                    assertThat(context.getBean(DailyReportJobHandler.class).toString())
                            .contains("ops@forwarder.example");
                    RecurringJob report = context.getBean("trackingReportRecurringJob", RecurringJob.class);
                    assertThat(report.name()).isEqualTo(TrackingSchedulerAutoConfiguration.REPORT_JOB_NAME);
                    assertThat(report.type()).isEqualTo(DailyReportJobHandler.TYPE);
                });
    }

    @Test
    void theDailyReportWithoutRecipientsFailsTheStart() {
        runner.withPropertyValues("tracking.jobs.report.enabled=true").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("tracking.jobs.report.recipients"));
    }

    @Test
    void theDailyReportWithoutMailFailsTheStart() {
        runner.withPropertyValues("tracking.jobs.report.enabled=true", "tracking.jobs.report.recipients=a@b.example",
                "tracking.mail.enabled=false").run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("MailSender"));
    }

    @Test
    void aHostsHandlerReplacesTheBuiltInOneOfItsType() {
        runner.withUserConfiguration(HostCleanup.class).run(context -> {
            assertThat(context).hasNotFailed();
            JobStore jobs = context.getBean(JobStore.class);
            JobRequest job = jobNow(CleanupJobHandler.TYPE, Map.of(), 1);
            context.getBean(TrackingScheduler.class).enqueue(job);
            await(WAIT, "the host's clean-up ran", () -> context.getBean(HostCleanup.class).ran.get());
            await(WAIT, "the job completes", () -> statusOf(jobs, job.id()) == JobStatus.COMPLETED);
        });
    }

    @Test
    void twoHostHandlersOfOneTypeFailTheStart() {
        runner.withUserConfiguration(Handlers.class, DuplicateHandler.class).run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("greet"));
    }

    @Test
    void deadJobsAreAlertedThroughTheNotifier() {
        runner.withUserConfiguration(FailingHandler.class).run(context -> {
            JobStore jobs = context.getBean(JobStore.class);
            JobRequest job = jobNow(FailingHandler.TYPE, Map.of(), 1);
            context.getBean(TrackingScheduler.class).enqueue(job);
            await(WAIT, "the job is dead", () -> statusOf(jobs, job.id()) == JobStatus.DEAD);
            FailingHandler failing = context.getBean(FailingHandler.class);
            await(WAIT, "the alert arrives", () -> !failing.alerts.isEmpty());
            assertThat(failing.alerts).singleElement().satisfies(alert -> {
                assertThat(alert.topic()).isEqualTo(TrackingScheduler.DEAD_JOB_TOPIC);
                assertThat(alert.attributes()).containsEntry("jobId", job.id().toString());
            });
        });
    }

    @Test
    void takesItsSettingsFromThePropertiesAndCustomizers() {
        runner.withPropertyValues("tracking.scheduler.instance-name=node-1", "tracking.scheduler.threads=2",
                "tracking.scheduler.concurrency.greet=1").withUserConfiguration(Handlers.class)
                .withBean(TrackingSchedulerBuilderCustomizer.class,
                        () -> builder -> builder.recurring(RecurringJob.of("hourly-greeting", "greet",
                                Schedule.fixedInterval(Duration.ofHours(1)))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(TrackingScheduler.class).instanceName()).isEqualTo("node-1");
                    JobStore jobs = context.getBean(JobStore.class);
                    await(WAIT, "the customizer's recurring job is scheduled",
                            () -> !jobs.pending(RecurringJob.KEY_PREFIX + "hourly-greeting:").isEmpty());
                });
    }

    @Test
    void aConcurrencyLimitForATypeWithoutHandlerFailsTheStart() {
        runner.withPropertyValues("tracking.scheduler.concurrency.nothing=1").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("nothing"));
    }

    @Test
    void recordsMetersWhenThereIsAMeterRegistry() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withUserConfiguration(Handlers.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SchedulerMetrics.class);
                    assertThat(context.getBean(SchedulerMetrics.class)).isInstanceOf(MicrometerSchedulerMetrics.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find(MicrometerSchedulerMetrics.RUNNING).tag("type", "greet").gauge())
                            .isNotNull();
                    JobStore jobs = context.getBean(JobStore.class);
                    JobRequest job = jobNow("greet", Map.of(), 1);
                    context.getBean(TrackingScheduler.class).enqueue(job);
                    await(WAIT, "the job completes", () -> statusOf(jobs, job.id()) == JobStatus.COMPLETED);
                    await(WAIT, "its outcome is counted", () -> registry.find(MicrometerSchedulerMetrics.FINISHED)
                            .tags("type", "greet", "outcome", "completed").counter() != null);
                    assertThat(registry.find(MicrometerSchedulerMetrics.CLAIMED).tag("type", "greet").counter()
                            .count()).isEqualTo(1.0);
                    assertThat(registry.find(MicrometerSchedulerMetrics.DURATION).tag("type", "greet").timer())
                            .isNotNull();
                });
    }

    @Test
    void recordsNoMetersWithoutARegistry() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SchedulerMetrics.class)
                .hasSingleBean(TrackingScheduler.class));
    }

    @Test
    void startsWithoutMicrometerOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(SchedulerMetrics.class);
            assertThat(context.getBean(TrackingScheduler.class).isRunning()).isTrue();
        });
    }

    /** A handler of type greet that notes who it runs as, and reads the job statistics through the platform. */
    @Configuration(proxyBeanMethods = false)
    static class Handlers {

        final List<Actor> actors = new CopyOnWriteArrayList<>();
        volatile boolean statisticsRead;

        @Bean
        JobHandler greetHandler(ActorProvider actorProvider, TrackingPlatform platform) {
            return JobHandler.of("greet", context -> {
                actors.add(actorProvider.currentActor());
                platform.jobs().statistics();
                statisticsRead = true;
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DuplicateHandler {

        @Bean
        JobHandler anotherGreetHandler() {
            return JobHandler.of("greet", context -> {
            });
        }
    }

    /** Runs for a while, then completes. */
    @Configuration(proxyBeanMethods = false)
    static class SlowHandler {

        static final String TYPE = "slow";
        final CountDownLatch started = new CountDownLatch(1);
        volatile boolean finished;

        @Bean
        JobHandler slowHandler() {
            return JobHandler.of(TYPE, context -> {
                started.countDown();
                Thread.sleep(700);
                finished = true;
            });
        }
    }

    /** Runs until interrupted. */
    @Configuration(proxyBeanMethods = false)
    static class StuckHandler {

        static final String TYPE = "stuck";
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Bean
        JobHandler stuckHandler() {
            return JobHandler.of(TYPE, context -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostCleanup {

        final AtomicBoolean ran = new AtomicBoolean();

        @Bean
        JobHandler hostCleanupHandler() {
            return JobHandler.of(CleanupJobHandler.TYPE, context -> ran.set(true));
        }
    }

    /** Fails for good, and records the notifications. */
    @Configuration(proxyBeanMethods = false)
    static class FailingHandler {

        static final String TYPE = "failing";
        final List<Notification> alerts = new CopyOnWriteArrayList<>();

        @Bean
        JobHandler failingHandler() {
            return JobHandler.of(TYPE, context -> {
                throw new PermanentJobFailure("cannot ever work");
            });
        }

        @Bean
        Notifier recordingNotifier() {
            return alerts::add;
        }
    }
}
