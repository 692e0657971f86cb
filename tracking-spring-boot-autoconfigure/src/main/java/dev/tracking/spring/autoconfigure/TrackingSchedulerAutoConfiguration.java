package dev.tracking.spring.autoconfigure;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.MailSender;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.scheduler.JobHandler;
import dev.tracking.scheduler.MicrometerSchedulerMetrics;
import dev.tracking.scheduler.RecurringJob;
import dev.tracking.scheduler.Schedule;
import dev.tracking.scheduler.SchedulerMetrics;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.scheduler.handlers.CleanupJobHandler;
import dev.tracking.scheduler.handlers.DailyReportJobHandler;
import dev.tracking.scheduler.handlers.ReminderJobHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job engine of this node ({@link TrackingScheduler}), started and stopped with the application context
 * ({@link TrackingSchedulerLifecycle}), unless {@code tracking.scheduler.enabled=false}; the {@link JobStore} bean
 * stays for scheduling either way.
 *
 * <p>It runs every {@link JobHandler} bean: the built-in {@link ReminderJobHandler}, {@link CleanupJobHandler}
 * ({@code tracking.jobs.cleanup.*}, daily) and {@link DailyReportJobHandler} ({@code tracking.jobs.report.*}, off by
 * default), the mail adapter's e-mail handler, and the host's own. A host handler of a built-in handler's job type
 * replaces it. Every handler runs as {@code Actor.system()} when the actor provider is the {@link ScopedActorProvider}
 * (with a host's own {@link ActorProvider}, that provider decides). Every {@link RecurringJob} bean is registered;
 * dead-job alerts go to the {@link Notifier}; with a Micrometer {@link MeterRegistry} bean the engine's meters
 * ({@code tracking.scheduler.*}) are recorded; {@link TrackingSchedulerBuilderCustomizer} beans adjust the rest.
 */
@AutoConfiguration(after = {TrackingPlatformAutoConfiguration.class, TrackingMailAutoConfiguration.class},
        afterName = {"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple."
                        + "SimpleMetricsExportAutoConfiguration"})
@ConditionalOnBean({TrackingPlatform.class, JobStore.class})
@ConditionalOnBooleanProperty(name = "tracking.scheduler.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TrackingProperties.class)
public class TrackingSchedulerAutoConfiguration {

    /** The name of the daily clean-up's recurring job. */
    public static final String CLEANUP_JOB_NAME = "cleanup";
    /** The name of the daily report's recurring job. */
    public static final String REPORT_JOB_NAME = "daily-report";

    private static final Logger LOG = LoggerFactory.getLogger(TrackingSchedulerAutoConfiguration.class);
    private static final String EMAIL_JOB_HANDLER = "dev.tracking.adapter.mail.EmailJobHandler";
    private static final String REPORT_TOPIC = "report.daily";

    /** Fires the reminders the workflow schedules. */
    @Bean
    @ConditionalOnMissingBean(ReminderJobHandler.class)
    public ReminderJobHandler trackingReminderJobHandler(TrackingPlatform platform) {
        return new ReminderJobHandler(platform.reminders());
    }

    /** Deletes old finished jobs and keeps the storage partitions in shape. */
    @Bean
    @ConditionalOnMissingBean(CleanupJobHandler.class)
    @ConditionalOnBooleanProperty(name = "tracking.jobs.cleanup.enabled", matchIfMissing = true)
    public CleanupJobHandler trackingCleanupJobHandler(JobStore jobStore, ObjectProvider<StorageMaintenance> storage,
            Clock clock, TrackingProperties properties) {
        TrackingProperties.Cleanup cleanup = properties.getJobs().getCleanup();
        CleanupJobHandler.Builder builder = CleanupJobHandler.builder(jobStore,
                        storage.getIfUnique(StorageMaintenance::none))
                .finishedJobRetention(cleanup.getJobRetention())
                .partitionMonthsAhead(cleanup.getPartitionMonthsAhead())
                .clock(clock);
        if (cleanup.getEventRetention() != null) {
            builder.eventRetention(cleanup.getEventRetention());
        }
        return builder.build();
    }

    /** The clean-up, daily at {@code tracking.jobs.cleanup.time} in its zone. */
    @Bean
    @ConditionalOnMissingBean(name = "trackingCleanupRecurringJob")
    @ConditionalOnBooleanProperty(name = "tracking.jobs.cleanup.enabled", matchIfMissing = true)
    public RecurringJob trackingCleanupRecurringJob(TrackingProperties properties) {
        TrackingProperties.Cleanup cleanup = properties.getJobs().getCleanup();
        return RecurringJob.of(CLEANUP_JOB_NAME, CleanupJobHandler.TYPE,
                Schedule.dailyAt(cleanup.getZone(), cleanup.getTime()));
    }

    /** E-mails the daily report; needs a {@link MailSender} and at least one recipient. */
    @Bean
    @ConditionalOnMissingBean(DailyReportJobHandler.class)
    @ConditionalOnBooleanProperty(name = "tracking.jobs.report.enabled")
    public DailyReportJobHandler trackingDailyReportJobHandler(TrackingPlatform platform,
            ObjectProvider<MailSender> mailSender, Clock clock, TrackingProperties properties) {
        TrackingProperties.Report report = properties.getJobs().getReport();
        MailSender sender = mailSender.getIfUnique();
        if (sender == null) {
            throw new InvalidConfigurationPropertyValueException("tracking.jobs.report.enabled", true,
                    "The daily report needs a MailSender: put tracking-mail-adapter on the class path (with "
                            + "tracking.mail.enabled not false), or declare a MailSender bean");
        }
        List<String> recipients = report.getRecipients().isEmpty()
                ? properties.getMail().getRecipients().addressesFor(REPORT_TOPIC)
                : report.getRecipients();
        if (recipients.isEmpty()) {
            throw new InvalidConfigurationPropertyValueException("tracking.jobs.report.recipients", "",
                    "The daily report needs at least one recipient: set tracking.jobs.report.recipients (or "
                            + "tracking.mail.recipients.always, or tracking.mail.recipients.topics[" + REPORT_TOPIC
                            + "])");
        }
        return DailyReportJobHandler.builder(platform.mawbs(), platform.bills(), sender)
                .recipients(recipients)
                .lastFreeDayWindowDays(report.getDaysAhead())
                .zone(report.getZone())
                .clock(clock)
                .build();
    }

    /** The daily report, daily at {@code tracking.jobs.report.time} in its zone. */
    @Bean
    @ConditionalOnMissingBean(name = "trackingReportRecurringJob")
    @ConditionalOnBooleanProperty(name = "tracking.jobs.report.enabled")
    public RecurringJob trackingReportRecurringJob(TrackingProperties properties) {
        TrackingProperties.Report report = properties.getJobs().getReport();
        return RecurringJob.of(REPORT_JOB_NAME, DailyReportJobHandler.TYPE,
                Schedule.dailyAt(report.getZone(), report.getTime()));
    }

    /** The engine, built from {@code tracking.scheduler.*}; started by {@link #trackingSchedulerLifecycle}. */
    @Bean
    @ConditionalOnMissingBean(TrackingScheduler.class)
    public TrackingScheduler trackingScheduler(JobStore jobStore, ObjectProvider<JobHandler> handlers,
            ObjectProvider<RecurringJob> recurringJobs, Notifier notifier, Clock clock, ActorProvider actorProvider,
            ObjectProvider<SchedulerMetrics> metrics, ObjectProvider<IdGenerator> idGenerator,
            ObjectProvider<TrackingSchedulerBuilderCustomizer> customizers, TrackingProperties properties) {
        TrackingProperties.Scheduler settings = properties.getScheduler();
        List<JobHandler> running = handlersByType(handlers.orderedStream().toList()).values().stream()
                .map(handler -> actorProvider instanceof ScopedActorProvider scoped
                        ? (JobHandler) new SystemActorJobHandler(handler, scoped) : handler)
                .toList();
        if (!(actorProvider instanceof ScopedActorProvider)) {
            LOG.info("Job handlers act as whoever the ActorProvider bean {} returns on the engine's threads; give "
                    + "scheduled work Actor.system()", actorProvider);
        }
        TrackingScheduler.Builder builder = TrackingScheduler.create(jobStore, running)
                .threads(settings.getThreads())
                .pollInterval(settings.getPollInterval())
                .claimBatchSize(settings.getClaimBatchSize())
                .leaseDuration(settings.getLeaseDuration())
                .heartbeatInterval(settings.getHeartbeatInterval())
                .shutdownTimeout(settings.getShutdownTimeout())
                .backoff(settings.getBackoff().toBackoff())
                .clock(clock)
                .notifier(notifier);
        if (settings.getInstanceName() != null && !settings.getInstanceName().isBlank()) {
            builder.instanceName(settings.getInstanceName().strip());
        }
        settings.getConcurrency().forEach(builder::concurrency);
        RecurringJob[] recurring = recurringJobs.orderedStream().toArray(RecurringJob[]::new);
        builder.recurring(recurring);
        SchedulerMetrics schedulerMetrics = metrics.getIfUnique();
        if (schedulerMetrics != null) {
            builder.metrics(schedulerMetrics);
        }
        IdGenerator ids = idGenerator.getIfUnique();
        if (ids != null) {
            builder.idGenerator(ids);
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Starts the engine with the context and stops it, gracefully, when the context closes. */
    @Bean
    @ConditionalOnMissingBean(TrackingSchedulerLifecycle.class)
    public TrackingSchedulerLifecycle trackingSchedulerLifecycle(TrackingScheduler scheduler) {
        return new TrackingSchedulerLifecycle(scheduler);
    }

    /**
     * One handler per job type: a host's handler replaces a built-in one of the same type; two host handlers (or
     * two built-in ones) of one type are an error.
     */
    static Map<String, JobHandler> handlersByType(List<JobHandler> handlers) {
        Map<String, JobHandler> byType = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (JobHandler handler : handlers) {
            JobHandler existing = byType.get(handler.type());
            if (existing == null) {
                byType.put(handler.type(), handler);
            } else if (isBuiltIn(existing) && !isBuiltIn(handler)) {
                LOG.info("Job type {} is handled by {} instead of the built-in {}", handler.type(), handler,
                        existing);
                byType.put(handler.type(), handler);
            } else if (!isBuiltIn(existing) && isBuiltIn(handler)) {
                LOG.info("Job type {} is handled by {} instead of the built-in {}", handler.type(), existing,
                        handler);
            } else {
                conflicts.add(handler.type() + " (" + existing + " and " + handler + ")");
            }
        }
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("Two JobHandler beans for one job type: " + String.join(", ", conflicts)
                    + "; declare one handler per type");
        }
        return byType;
    }

    private static boolean isBuiltIn(JobHandler handler) {
        return handler instanceof ReminderJobHandler || handler instanceof CleanupJobHandler
                || handler instanceof DailyReportJobHandler || handler.getClass().getName().equals(EMAIL_JOB_HANDLER);
    }

    /** The engine's meters in the application's Micrometer registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MicrometerMetricsConfiguration {

        /** Records claims, outcomes, run times, running handlers and leases ({@code tracking.scheduler.*}). */
        @Bean
        @ConditionalOnMissingBean(SchedulerMetrics.class)
        @ConditionalOnBean(MeterRegistry.class)
        public MicrometerSchedulerMetrics trackingSchedulerMetrics(MeterRegistry registry) {
            return new MicrometerSchedulerMetrics(registry);
        }
    }
}
