package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracking.adapter.mail.MailNotifier;
import dev.tracking.adapter.mail.MailSettings;
import dev.tracking.adapter.mail.MawbDocuments;
import dev.tracking.core.application.Authorization;
import dev.tracking.core.application.WorkflowDefinitions;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.scheduler.Backoff;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.scheduler.handlers.CleanupJobHandler;
import dev.tracking.scheduler.handlers.DailyReportJobHandler;
import dev.tracking.schema.TrackingSchema;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Binding of {@code tracking.*}, its defaults (the libraries' constants), and its generated metadata. */
class TrackingPropertiesTest {

    private static final String HEALTH_PROPERTY = "management.health.tracking.enabled";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void theDefaultsAreTheLibrariesOwn() {
        runner.run(context -> {
            TrackingProperties properties = context.getBean(TrackingProperties.class);
            assertThat(properties.getPersistence()).isEqualTo(TrackingProperties.Persistence.AUTO);
            assertThat(properties.getSchema().isMigrate()).isTrue();
            assertThat(properties.getSchema().getName()).isNull();
            assertThat(properties.getSchema().getHistoryTable()).isEqualTo(TrackingSchema.DEFAULT_HISTORY_TABLE);
            TrackingProperties.Scheduler scheduler = properties.getScheduler();
            assertThat(scheduler.isEnabled()).isTrue();
            assertThat(scheduler.getThreads()).isEqualTo(TrackingScheduler.Builder.DEFAULT_THREADS);
            assertThat(scheduler.getPollInterval()).isEqualTo(TrackingScheduler.Builder.DEFAULT_POLL_INTERVAL);
            assertThat(scheduler.getClaimBatchSize()).isEqualTo(TrackingScheduler.Builder.DEFAULT_CLAIM_BATCH_SIZE);
            assertThat(scheduler.getLeaseDuration()).isEqualTo(TrackingScheduler.Builder.DEFAULT_LEASE_DURATION);
            assertThat(scheduler.getHeartbeatInterval())
                    .isEqualTo(TrackingScheduler.Builder.DEFAULT_HEARTBEAT_INTERVAL);
            assertThat(scheduler.getShutdownTimeout()).isEqualTo(TrackingScheduler.Builder.DEFAULT_SHUTDOWN_TIMEOUT);
            assertThat(scheduler.getBackoff().toBackoff().toString()).isEqualTo(Backoff.defaults().toString());
            TrackingProperties.Cleanup cleanup = properties.getJobs().getCleanup();
            assertThat(cleanup.isEnabled()).isTrue();
            assertThat(cleanup.getJobRetention()).isEqualTo(CleanupJobHandler.DEFAULT_FINISHED_JOB_RETENTION);
            assertThat(cleanup.getPartitionMonthsAhead()).isEqualTo(CleanupJobHandler.DEFAULT_PARTITION_MONTHS_AHEAD);
            assertThat(cleanup.getEventRetention()).isNull();
            TrackingProperties.Report report = properties.getJobs().getReport();
            assertThat(report.isEnabled()).isFalse();
            assertThat(report.getDaysAhead()).isEqualTo(DailyReportJobHandler.DEFAULT_LAST_FREE_DAY_WINDOW_DAYS);
            TrackingProperties.Mail mail = properties.getMail();
            assertThat(mail.isEnabled()).isTrue();
            assertThat(mail.getConnectTimeout()).isEqualTo(MailSettings.DEFAULT_CONNECT_TIMEOUT);
            assertThat(mail.getReadTimeout()).isEqualTo(MailSettings.DEFAULT_READ_TIMEOUT);
            assertThat(mail.getWriteTimeout()).isEqualTo(MailSettings.DEFAULT_WRITE_TIMEOUT);
            assertThat(mail.getMaxAttempts()).isEqualTo(MailNotifier.DEFAULT_MAX_ATTEMPTS);
            assertThat(mail.getMaxAttachmentSize().toBytes()).isEqualTo(MawbDocuments.DEFAULT_MAX_TOTAL_BYTES);
            assertThat(properties.getWorkflow().getCode()).isEqualTo(DefaultWorkflows.US_AIR_IMPORT);
            assertThat(properties.getWorkflow().getDefinitionCacheTtl())
                    .isEqualTo(WorkflowDefinitions.DEFAULT_LATEST_TTL);
            assertThat(properties.getPermissions().getCacheTtl()).isEqualTo(Authorization.DEFAULT_CACHE_TTL);
            assertThat(properties.getAttachments().getDirectory()).isEqualTo(Path.of("./tracking-data/attachments"));
            assertThat(properties.getEvents().isApplicationEvents()).isTrue();
        });
    }

    @Test
    void bindsEveryKindOfValue() {
        runner.withPropertyValues(
                "tracking.persistence=jpa",
                "tracking.schema.migrate=false",
                "tracking.schema.name=tracking",
                "tracking.scheduler.enabled=false",
                "tracking.scheduler.threads=8",
                "tracking.scheduler.poll-interval=2s",
                "tracking.scheduler.claim-batch-size=20",
                "tracking.scheduler.lease-duration=PT10M",
                "tracking.scheduler.heartbeat-interval=90s",
                "tracking.scheduler.shutdown-timeout=1m",
                "tracking.scheduler.instance-name=node-a",
                "tracking.scheduler.concurrency.email=2",
                "tracking.scheduler.backoff.initial-delay=5s",
                "tracking.scheduler.backoff.factor=3",
                "tracking.scheduler.backoff.max-delay=2h",
                "tracking.scheduler.backoff.jitter=0",
                "tracking.jobs.cleanup.time=02:15",
                "tracking.jobs.cleanup.zone=Europe/Berlin",
                "tracking.jobs.cleanup.job-retention=30d",
                "tracking.jobs.cleanup.partition-months-ahead=6",
                "tracking.jobs.cleanup.event-retention=2y",
                "tracking.jobs.report.enabled=true",
                "tracking.jobs.report.time=06:45",
                "tracking.jobs.report.zone=America/Chicago",
                "tracking.jobs.report.recipients=ops@forwarder.example,boss@forwarder.example",
                "tracking.jobs.report.days-ahead=5",
                "tracking.mail.enabled=false",
                "tracking.mail.host=smtp.forwarder.example",
                "tracking.mail.port=465",
                "tracking.mail.security=implicit-tls",
                "tracking.mail.connect-timeout=5s",
                "tracking.mail.max-attempts=3",
                "tracking.mail.max-attachment-size=10MB",
                "tracking.mail.recipients.always=ops@forwarder.example",
                "tracking.mail.recipients.topics[reminder.PRE_ALERT]=imports@agent.example",
                "tracking.mail.recipients.topics.isc-payment=accounts@forwarder.example",
                "tracking.workflow.code=EU_AIR_IMPORT",
                "tracking.workflow.definition-cache-ttl=5m",
                "tracking.permissions.cache-ttl=10s",
                "tracking.calendar.holidays=2026-12-25,2026-12-26",
                "tracking.calendar.airport-holidays.ORD=2026-07-03",
                "tracking.attachments.directory=/var/lib/tracking/documents",
                "tracking.events.application-events=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    TrackingProperties properties = context.getBean(TrackingProperties.class);
                    assertThat(properties.getPersistence()).isEqualTo(TrackingProperties.Persistence.JPA);
                    assertThat(properties.getSchema().isMigrate()).isFalse();
                    assertThat(properties.getSchema().getName()).isEqualTo("tracking");
                    TrackingProperties.Scheduler scheduler = properties.getScheduler();
                    assertThat(scheduler.isEnabled()).isFalse();
                    assertThat(scheduler.getThreads()).isEqualTo(8);
                    assertThat(scheduler.getPollInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(scheduler.getClaimBatchSize()).isEqualTo(20);
                    assertThat(scheduler.getLeaseDuration()).isEqualTo(Duration.ofMinutes(10));
                    assertThat(scheduler.getHeartbeatInterval()).isEqualTo(Duration.ofSeconds(90));
                    assertThat(scheduler.getShutdownTimeout()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(scheduler.getInstanceName()).isEqualTo("node-a");
                    assertThat(scheduler.getConcurrency()).containsExactly(Map.entry("email", 2));
                    Backoff backoff = scheduler.getBackoff().toBackoff();
                    assertThat(backoff.initialDelay()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(backoff.factor()).isEqualTo(3.0);
                    assertThat(backoff.maxDelay()).isEqualTo(Duration.ofHours(2));
                    assertThat(backoff.jitterRatio()).isZero();
                    TrackingProperties.Cleanup cleanup = properties.getJobs().getCleanup();
                    assertThat(cleanup.getTime()).isEqualTo(LocalTime.of(2, 15));
                    assertThat(cleanup.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
                    assertThat(cleanup.getJobRetention()).isEqualTo(Duration.ofDays(30));
                    assertThat(cleanup.getPartitionMonthsAhead()).isEqualTo(6);
                    assertThat(cleanup.getEventRetention()).isEqualTo(Period.ofYears(2));
                    TrackingProperties.Report report = properties.getJobs().getReport();
                    assertThat(report.isEnabled()).isTrue();
                    assertThat(report.getTime()).isEqualTo(LocalTime.of(6, 45));
                    assertThat(report.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
                    assertThat(report.getRecipients()).containsExactly("ops@forwarder.example",
                            "boss@forwarder.example");
                    assertThat(report.getDaysAhead()).isEqualTo(5);
                    TrackingProperties.Mail mail = properties.getMail();
                    assertThat(mail.isEnabled()).isFalse();
                    assertThat(mail.getHost()).isEqualTo("smtp.forwarder.example");
                    assertThat(mail.getPort()).isEqualTo(465);
                    assertThat(mail.getSecurity()).isEqualTo(TrackingProperties.MailSecurity.IMPLICIT_TLS);
                    assertThat(mail.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(mail.getMaxAttempts()).isEqualTo(3);
                    assertThat(mail.getMaxAttachmentSize()).isEqualTo(DataSize.ofMegabytes(10));
                    assertThat(mail.getRecipients().getAlways()).containsExactly("ops@forwarder.example");
                    assertThat(mail.getRecipients().byTopic())
                            .containsEntry("reminder.PRE_ALERT", List.of("imports@agent.example"))
                            .containsEntry("reminder.ISC_PAYMENT", List.of("accounts@forwarder.example"));
                    assertThat(mail.getRecipients().addressesFor("reminder.ISC_PAYMENT"))
                            .containsExactly("ops@forwarder.example", "accounts@forwarder.example");
                    assertThat(properties.getWorkflow().getCode()).isEqualTo("EU_AIR_IMPORT");
                    assertThat(properties.getWorkflow().getDefinitionCacheTtl()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(properties.getPermissions().getCacheTtl()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(properties.getCalendar().getHolidays())
                            .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
                    assertThat(properties.getCalendar().getAirportHolidays())
                            .containsEntry("ORD", List.of(LocalDate.of(2026, 7, 3)));
                    assertThat(properties.getAttachments().getDirectory())
                            .isEqualTo(Path.of("/var/lib/tracking/documents"));
                    assertThat(properties.getEvents().isApplicationEvents()).isFalse();
                });
    }

    @Test
    void anUnknownAdapterFailsTheBinding() {
        runner.withPropertyValues("tracking.persistence=mongo").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("tracking.persistence"));
    }

    @Test
    void theMetadataDescribesEveryPropertyWithTheLibrariesDefaults() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor generated the metadata").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        metadata.get("properties").forEach(property -> {
            String source = property.path("sourceType").asText("");
            String name = property.get("name").asText();
            if (source.startsWith(TrackingProperties.class.getName()) || name.equals(HEALTH_PROPERTY)) {
                byName.put(name, property);
            }
        });
        List<String> undescribed = new ArrayList<>();
        byName.forEach((name, property) -> {
            if (!property.hasNonNull("description") || property.get("description").asText().isBlank()) {
                undescribed.add(name);
            }
        });
        assertThat(undescribed).as("properties without a description").isEmpty();
        assertThat(byName.keySet()).contains("tracking.persistence", "tracking.schema.migrate",
                "tracking.scheduler.poll-interval", "tracking.jobs.cleanup.event-retention",
                "tracking.mail.recipients.topics", "tracking.calendar.airport-holidays",
                "tracking.attachments.directory", HEALTH_PROPERTY);
        assertThat(byName.keySet().stream().filter(name -> name.startsWith("tracking.")).count())
                .isEqualTo(countLeafProperties(TrackingProperties.class));
        assertThat(duration(byName, "tracking.scheduler.poll-interval"))
                .isEqualTo(TrackingScheduler.Builder.DEFAULT_POLL_INTERVAL);
        assertThat(duration(byName, "tracking.scheduler.lease-duration"))
                .isEqualTo(TrackingScheduler.Builder.DEFAULT_LEASE_DURATION);
        assertThat(duration(byName, "tracking.scheduler.heartbeat-interval"))
                .isEqualTo(TrackingScheduler.Builder.DEFAULT_HEARTBEAT_INTERVAL);
        assertThat(duration(byName, "tracking.scheduler.shutdown-timeout"))
                .isEqualTo(TrackingScheduler.Builder.DEFAULT_SHUTDOWN_TIMEOUT);
        assertThat(duration(byName, "tracking.scheduler.backoff.initial-delay"))
                .isEqualTo(Backoff.DEFAULT_INITIAL_DELAY);
        assertThat(duration(byName, "tracking.scheduler.backoff.max-delay")).isEqualTo(Backoff.DEFAULT_MAX_DELAY);
        assertThat(byName.get("tracking.scheduler.backoff.factor").get("defaultValue").asDouble())
                .isEqualTo(Backoff.DEFAULT_FACTOR);
        assertThat(byName.get("tracking.scheduler.backoff.jitter").get("defaultValue").asDouble())
                .isEqualTo(Backoff.DEFAULT_JITTER_RATIO);
        assertThat(byName.get("tracking.scheduler.threads").get("defaultValue").asInt())
                .isEqualTo(TrackingScheduler.Builder.DEFAULT_THREADS);
        assertThat(byName.get("tracking.scheduler.claim-batch-size").get("defaultValue").asInt())
                .isEqualTo(TrackingScheduler.Builder.DEFAULT_CLAIM_BATCH_SIZE);
        assertThat(duration(byName, "tracking.jobs.cleanup.job-retention"))
                .isEqualTo(CleanupJobHandler.DEFAULT_FINISHED_JOB_RETENTION);
        assertThat(byName.get("tracking.jobs.cleanup.partition-months-ahead").get("defaultValue").asInt())
                .isEqualTo(CleanupJobHandler.DEFAULT_PARTITION_MONTHS_AHEAD);
        assertThat(byName.get("tracking.jobs.report.days-ahead").get("defaultValue").asInt())
                .isEqualTo(DailyReportJobHandler.DEFAULT_LAST_FREE_DAY_WINDOW_DAYS);
        assertThat(byName.get("tracking.jobs.cleanup.time").get("defaultValue").asText()).isEqualTo(
                new TrackingProperties.Cleanup().getTime().toString());
        assertThat(byName.get("tracking.jobs.report.time").get("defaultValue").asText()).isEqualTo(
                new TrackingProperties.Report().getTime().toString());
        assertThat(duration(byName, "tracking.mail.connect-timeout")).isEqualTo(MailSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(duration(byName, "tracking.mail.read-timeout")).isEqualTo(MailSettings.DEFAULT_READ_TIMEOUT);
        assertThat(duration(byName, "tracking.mail.write-timeout")).isEqualTo(MailSettings.DEFAULT_WRITE_TIMEOUT);
        assertThat(duration(byName, "tracking.workflow.definition-cache-ttl"))
                .isEqualTo(WorkflowDefinitions.DEFAULT_LATEST_TTL);
        assertThat(duration(byName, "tracking.permissions.cache-ttl")).isEqualTo(Authorization.DEFAULT_CACHE_TTL);
        assertThat(byName.get("tracking.workflow.code").get("defaultValue").asText())
                .isEqualTo(DefaultWorkflows.US_AIR_IMPORT);
        assertThat(byName.get("tracking.schema.history-table").get("defaultValue").asText())
                .isEqualTo(TrackingSchema.DEFAULT_HISTORY_TABLE);
        List<String> hinted = new ArrayList<>();
        metadata.get("hints").forEach(hint -> hinted.add(hint.get("name").asText()));
        assertThat(hinted).contains("tracking.mail.recipients.topics.keys", "tracking.scheduler.concurrency.keys");
    }

    private static Duration duration(Map<String, JsonNode> byName, String name) {
        JsonNode property = byName.get(name);
        assertThat(property).as(name).isNotNull();
        assertThat(property.hasNonNull("defaultValue")).as("a default for " + name).isTrue();
        return DurationStyle.detectAndParse(property.get("defaultValue").asText());
    }

    /** The properties a class holds: its non-static fields, nested settings classes counted by their fields. */
    private static long countLeafProperties(Class<?> type) {
        long count = 0;
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Class<?> fieldType = field.getType();
            if (fieldType.getEnclosingClass() == TrackingProperties.class && !fieldType.isEnum()) {
                count += countLeafProperties(fieldType);
            } else {
                count++;
            }
        }
        return count;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TrackingProperties.class)
    static class Properties {
    }
}
