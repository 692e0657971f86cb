package dev.tracking.spring.autoconfigure;

import dev.tracking.core.application.Authorization;
import dev.tracking.core.application.WorkflowDefinitions;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.scheduler.Backoff;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.scheduler.handlers.CleanupJobHandler;
import dev.tracking.scheduler.handlers.DailyReportJobHandler;
import dev.tracking.schema.TrackingSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the tracking platform under {@code tracking.*}. Every default is the library's own (its public
 * {@code DEFAULT_*} constant), so a property left out changes nothing against plain-Java use.
 *
 * <p>This class must not refer to the optional adapters (JPA, Jdbi, mail): it is bound whether or not they are on the
 * class path. The mail defaults below equal the mail adapter's constants; a test keeps them in step.
 */
@ConfigurationProperties(prefix = "tracking")
public class TrackingProperties {

    /**
     * Which persistence adapter to use: auto (Jdbi when tracking-jdbi-adapter is on the class path, else JPA when
     * tracking-jpa-adapter is), jdbi or jpa. Either needs a single (or primary) DataSource.
     */
    private Persistence persistence = Persistence.AUTO;

    /** The schema migrations (Flyway, tracking-schema). */
    private final Schema schema = new Schema();

    /** The job engine of this node. */
    private final Scheduler scheduler = new Scheduler();

    /** The built-in recurring jobs. */
    private final Jobs jobs = new Jobs();

    /** E-mail: the SMTP server, the sender, and who gets which notification. */
    private final Mail mail = new Mail();

    /** The SOP workflow new MAWBs start on. */
    private final Workflow workflow = new Workflow();

    /** Permission checks. */
    private final Permissions permissions = new Permissions();

    /** The business calendar reminders land on. */
    private final Calendar calendar = new Calendar();

    /** Where uploaded documents are kept. */
    private final Attachments attachments = new Attachments();

    /** Domain events. */
    private final Events events = new Events();

    public Persistence getPersistence() {
        return persistence;
    }

    public void setPersistence(Persistence persistence) {
        this.persistence = persistence;
    }

    public Schema getSchema() {
        return schema;
    }

    public Scheduler getScheduler() {
        return scheduler;
    }

    public Jobs getJobs() {
        return jobs;
    }

    public Mail getMail() {
        return mail;
    }

    public Workflow getWorkflow() {
        return workflow;
    }

    public Permissions getPermissions() {
        return permissions;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public Attachments getAttachments() {
        return attachments;
    }

    public Events getEvents() {
        return events;
    }

    /** The persistence adapters to choose from. */
    public enum Persistence {
        /** Jdbi when its adapter is on the class path, else JPA. */
        AUTO,
        /** tracking-jdbi-adapter. */
        JDBI,
        /** tracking-jpa-adapter (Hibernate). */
        JPA
    }

    /** How the connection to the SMTP server is protected (the mail adapter's {@code MailSettings.Security}). */
    public enum MailSecurity {
        /** No TLS: only for a relay on the same machine or a test server (default port 25). */
        NONE,
        /** Upgrade with STARTTLS, required (default port 587). */
        STARTTLS,
        /** TLS from the first byte, SMTPS (default port 465). */
        IMPLICIT_TLS
    }

    /** {@code tracking.schema.*}. */
    public static class Schema {

        /**
         * Whether to migrate the tracking schema with Flyway at start-up, before any persistence bean is created.
         * Switch it off when the schema is migrated elsewhere (your own Flyway or Liquibase, a deployment step).
         */
        private boolean migrate = true;

        /**
         * The database schema the tracking tables live in, created when missing; empty means the connections'
         * default schema. The JPA adapter qualifies its native SQL with it; for Jdbi the DataSource's connections
         * must use it as their default schema (for example currentSchema=tracking on PostgreSQL).
         */
        private String name;

        /** The Flyway history table of the tracking migrations (kept apart from a host's own Flyway history). */
        private String historyTable = TrackingSchema.DEFAULT_HISTORY_TABLE;

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getHistoryTable() {
            return historyTable;
        }

        public void setHistoryTable(String historyTable) {
            this.historyTable = historyTable;
        }
    }

    /** {@code tracking.scheduler.*}. */
    public static class Scheduler {

        /**
         * Whether this node runs the job engine (started and stopped with the application context). When off, jobs
         * can still be scheduled through the JobStore bean; engines on other nodes run them.
         */
        private boolean enabled = true;

        /** How many jobs run at once at most (the size of the worker pool). */
        private int threads = TrackingScheduler.Builder.DEFAULT_THREADS;

        /** How often an idle engine looks for due jobs and for expired leases. */
        private Duration pollInterval = TrackingScheduler.Builder.DEFAULT_POLL_INTERVAL;

        /** The most jobs one claim takes. */
        private int claimBatchSize = TrackingScheduler.Builder.DEFAULT_CLAIM_BATCH_SIZE;

        /** How long a claimed job is held without a heartbeat before another node may take it over. */
        private Duration leaseDuration = TrackingScheduler.Builder.DEFAULT_LEASE_DURATION;

        /** How often the leases of running jobs are renewed; at most half the lease duration. */
        private Duration heartbeatInterval = TrackingScheduler.Builder.DEFAULT_HEARTBEAT_INTERVAL;

        /**
         * How long stopping the engine (closing the application context) waits for running jobs; those still running
         * then are given back, unfinished, for another attempt.
         */
        private Duration shutdownTimeout = TrackingScheduler.Builder.DEFAULT_SHUTDOWN_TIMEOUT;

        /**
         * The unique name this node holds jobs under (at most 128 characters); default: the host name and a random
         * suffix.
         */
        private String instanceName;

        /** At most this many jobs of a type run at once on this node, by job type (such as email=2). */
        private Map<String, Integer> concurrency = new LinkedHashMap<>();

        /** How long failed jobs wait before their next attempt. */
        private final BackoffSettings backoff = new BackoffSettings();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getThreads() {
            return threads;
        }

        public void setThreads(int threads) {
            this.threads = threads;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public int getClaimBatchSize() {
            return claimBatchSize;
        }

        public void setClaimBatchSize(int claimBatchSize) {
            this.claimBatchSize = claimBatchSize;
        }

        public Duration getLeaseDuration() {
            return leaseDuration;
        }

        public void setLeaseDuration(Duration leaseDuration) {
            this.leaseDuration = leaseDuration;
        }

        public Duration getHeartbeatInterval() {
            return heartbeatInterval;
        }

        public void setHeartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
        }

        public Duration getShutdownTimeout() {
            return shutdownTimeout;
        }

        public void setShutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
        }

        public String getInstanceName() {
            return instanceName;
        }

        public void setInstanceName(String instanceName) {
            this.instanceName = instanceName;
        }

        public Map<String, Integer> getConcurrency() {
            return concurrency;
        }

        public void setConcurrency(Map<String, Integer> concurrency) {
            this.concurrency = concurrency;
        }

        public BackoffSettings getBackoff() {
            return backoff;
        }
    }

    /** {@code tracking.scheduler.backoff.*}: exponential, capped, with jitter. */
    public static class BackoffSettings {

        /** The delay after the first failed attempt. */
        private Duration initialDelay = Backoff.DEFAULT_INITIAL_DELAY;

        /** How much each delay grows from the one before (1 or more). */
        private double factor = Backoff.DEFAULT_FACTOR;

        /** The longest delay. */
        private Duration maxDelay = Backoff.DEFAULT_MAX_DELAY;

        /** How far delays are spread at random, as a fraction of themselves (0 to 1). */
        private double jitter = Backoff.DEFAULT_JITTER_RATIO;

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public double getFactor() {
            return factor;
        }

        public void setFactor(double factor) {
            this.factor = factor;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public double getJitter() {
            return jitter;
        }

        public void setJitter(double jitter) {
            this.jitter = jitter;
        }

        /** The backoff these settings describe. */
        Backoff toBackoff() {
            return Backoff.exponential(initialDelay, factor, maxDelay).withJitter(jitter);
        }
    }

    /** {@code tracking.jobs.*}. */
    public static class Jobs {

        /** The daily clean-up: finished jobs, storage partitions, old events. */
        private final Cleanup cleanup = new Cleanup();

        /** The daily report e-mail: MAWBs near their last free day and open ISC bills. */
        private final Report report = new Report();

        public Cleanup getCleanup() {
            return cleanup;
        }

        public Report getReport() {
            return report;
        }
    }

    /** {@code tracking.jobs.cleanup.*}. */
    public static class Cleanup {

        /** Whether the clean-up job runs daily (on the nodes whose scheduler is enabled). */
        private boolean enabled = true;

        /** The local time of day it runs at (such as 03:00), in the zone. */
        private LocalTime time = LocalTime.of(3, 0);

        /** The time zone of the time of day (such as America/Chicago). */
        private ZoneId zone = ZoneId.of("UTC");

        /** How long completed and cancelled jobs are kept before the clean-up deletes them. */
        private Duration jobRetention = CleanupJobHandler.DEFAULT_FINISHED_JOB_RETENTION;

        /** How many months of event and audit partitions are kept ready ahead (PostgreSQL). */
        private int partitionMonthsAhead = CleanupJobHandler.DEFAULT_PARTITION_MONTHS_AHEAD;

        /**
         * How long tracking events are kept (such as 2y): older monthly event partitions are dropped (PostgreSQL).
         * Empty: kept for ever. The audit log is always kept.
         */
        private Period eventRetention;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }

        public ZoneId getZone() {
            return zone;
        }

        public void setZone(ZoneId zone) {
            this.zone = zone;
        }

        public Duration getJobRetention() {
            return jobRetention;
        }

        public void setJobRetention(Duration jobRetention) {
            this.jobRetention = jobRetention;
        }

        public int getPartitionMonthsAhead() {
            return partitionMonthsAhead;
        }

        public void setPartitionMonthsAhead(int partitionMonthsAhead) {
            this.partitionMonthsAhead = partitionMonthsAhead;
        }

        public Period getEventRetention() {
            return eventRetention;
        }

        public void setEventRetention(Period eventRetention) {
            this.eventRetention = eventRetention;
        }
    }

    /** {@code tracking.jobs.report.*}. */
    public static class Report {

        /** Whether the daily report e-mail goes out (needs a MailSender: the mail adapter, or a bean of your own). */
        private boolean enabled;

        /** The local time of day it is sent at (such as 07:00), in the zone. */
        private LocalTime time = LocalTime.of(7, 0);

        /** The time zone of the time of day, and whose date is "today" in the report. */
        private ZoneId zone = ZoneId.of("UTC");

        /**
         * Who receives the report; empty: tracking.mail.recipients.always and the recipients of topic report.daily.
         */
        private List<String> recipients = new ArrayList<>();

        /** MAWBs whose last free day is today up to this many days ahead are listed. */
        private int daysAhead = DailyReportJobHandler.DEFAULT_LAST_FREE_DAY_WINDOW_DAYS;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }

        public ZoneId getZone() {
            return zone;
        }

        public void setZone(ZoneId zone) {
            this.zone = zone;
        }

        public List<String> getRecipients() {
            return recipients;
        }

        public void setRecipients(List<String> recipients) {
            this.recipients = recipients;
        }

        public int getDaysAhead() {
            return daysAhead;
        }

        public void setDaysAhead(int daysAhead) {
            this.daysAhead = daysAhead;
        }
    }

    /** {@code tracking.mail.*}. */
    public static class Mail {

        /**
         * Whether notifications are e-mailed (when tracking-mail-adapter is on the class path): reminders and
         * dead-job alerts are queued as e-mail jobs. Off: they are only logged.
         */
        private boolean enabled = true;

        /**
         * The SMTP server. When empty, spring.mail.host (with spring.mail.port, username, password) is used; when
         * that is empty too, e-mails are written to the log instead of sent.
         */
        private String host;

        /** The SMTP server's port; default by security: 25, 587 (STARTTLS) or 465 (implicit TLS). */
        private Integer port;

        /**
         * How the connection is protected: none, starttls or implicit-tls. Default: starttls, or implicit-tls when
         * the spring.mail settings ask for SSL.
         */
        private MailSecurity security;

        /** The login, if the server needs one. */
        private String username;

        /** The login's password. */
        private String password;

        /**
         * The sender of every e-mail and the envelope sender: an address, or a name with the address in angle
         * brackets. Required once an SMTP server is configured (falls back to spring.mail.properties.mail.smtp.from).
         */
        private String from;

        /** Where replies go, if not to the sender. */
        private String replyTo;

        /** How long to wait for the connection to the SMTP server. */
        private Duration connectTimeout = Duration.ofSeconds(10);

        /** How long to wait for each reply of the SMTP server. */
        private Duration readTimeout = Duration.ofSeconds(30);

        /** How long writing one block of a message may take. */
        private Duration writeTimeout = Duration.ofSeconds(30);

        /**
         * Hosts whose TLS certificate is accepted without any check (a test server with a self-signed certificate,
         * a relay on a private network).
         */
        private List<String> trustedHosts = new ArrayList<>();

        /** Whether a login may be sent over a connection without TLS (security none): test servers only. */
        private boolean allowPlaintextAuthentication;

        /** How often an e-mail job is tried before it is dead. */
        private int maxAttempts = 8;

        /** The most bytes of documents a pre-alert e-mail carries; documents beyond it are left out. */
        private DataSize maxAttachmentSize = DataSize.ofMegabytes(20);

        /** Who gets the e-mail of each notification topic. */
        private final Recipients recipients = new Recipients();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public Integer getPort() {
            return port;
        }

        public void setPort(Integer port) {
            this.port = port;
        }

        public MailSecurity getSecurity() {
            return security;
        }

        public void setSecurity(MailSecurity security) {
            this.security = security;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getReplyTo() {
            return replyTo;
        }

        public void setReplyTo(String replyTo) {
            this.replyTo = replyTo;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public Duration getWriteTimeout() {
            return writeTimeout;
        }

        public void setWriteTimeout(Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
        }

        public List<String> getTrustedHosts() {
            return trustedHosts;
        }

        public void setTrustedHosts(List<String> trustedHosts) {
            this.trustedHosts = trustedHosts;
        }

        public boolean isAllowPlaintextAuthentication() {
            return allowPlaintextAuthentication;
        }

        public void setAllowPlaintextAuthentication(boolean allowPlaintextAuthentication) {
            this.allowPlaintextAuthentication = allowPlaintextAuthentication;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public DataSize getMaxAttachmentSize() {
            return maxAttachmentSize;
        }

        public void setMaxAttachmentSize(DataSize maxAttachmentSize) {
            this.maxAttachmentSize = maxAttachmentSize;
        }

        public Recipients getRecipients() {
            return recipients;
        }
    }

    /** {@code tracking.mail.recipients.*}. */
    public static class Recipients {

        /** Addresses that get the e-mail of every notification topic. */
        private List<String> always = new ArrayList<>();

        /**
         * Further addresses per notification topic. Keys are topics in brackets, such as
         * [reminder.PRE_ALERT], [reminder.ISC_PAYMENT], [job.dead]; a key without a dot names a reminder kind
         * (pre-alert, last-free-day, isc-payment, pickup, empty-return).
         */
        private Map<String, List<String>> topics = new LinkedHashMap<>();

        public List<String> getAlways() {
            return always;
        }

        public void setAlways(List<String> always) {
            this.always = always;
        }

        public Map<String, List<String>> getTopics() {
            return topics;
        }

        public void setTopics(Map<String, List<String>> topics) {
            this.topics = topics;
        }

        /**
         * The per-topic addresses by full topic name: a key with a dot is a topic as it is, one without names a
         * reminder kind ({@code pre-alert} is {@code reminder.PRE_ALERT}).
         */
        Map<String, List<String>> byTopic() {
            Map<String, List<String>> byTopic = new LinkedHashMap<>();
            topics.forEach((key, addresses) -> byTopic.computeIfAbsent(topicOf(key), k -> new ArrayList<>())
                    .addAll(addresses));
            return byTopic;
        }

        /** The addresses for one topic: {@link #getAlways()}, then the topic's own, each once. */
        List<String> addressesFor(String topic) {
            java.util.Set<String> addresses = new java.util.LinkedHashSet<>();
            always.forEach(address -> addresses.add(address.strip()));
            byTopic().getOrDefault(topic, List.of()).forEach(address -> addresses.add(address.strip()));
            return List.copyOf(addresses);
        }

        /** The topic a key of {@link #getTopics()} names. */
        static String topicOf(String key) {
            String topic = key.strip();
            if (topic.contains(".")) {
                return topic;
            }
            return "reminder." + topic.replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** {@code tracking.workflow.*}. */
    public static class Workflow {

        /** The workflow new MAWBs start on (its latest version); the schema seeds US_AIR_IMPORT. */
        private String code = DefaultWorkflows.US_AIR_IMPORT;

        /**
         * How long this node keeps believing a version is a workflow's latest: versions defined on other nodes are
         * used for new MAWBs within it.
         */
        private Duration definitionCacheTtl = WorkflowDefinitions.DEFAULT_LATEST_TTL;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Duration getDefinitionCacheTtl() {
            return definitionCacheTtl;
        }

        public void setDefinitionCacheTtl(Duration definitionCacheTtl) {
            this.definitionCacheTtl = definitionCacheTtl;
        }
    }

    /** {@code tracking.permissions.*}. */
    public static class Permissions {

        /**
         * How long a user's evaluated features are cached: permission changes made on other nodes take effect within
         * it.
         */
        private Duration cacheTtl = Authorization.DEFAULT_CACHE_TTL;

        public Duration getCacheTtl() {
            return cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }
    }

    /** {@code tracking.calendar.*}: Saturdays and Sundays are always off. */
    public static class Calendar {

        /** Holidays at every airport (ISO dates, such as 2026-12-25): reminders move to a working day. */
        private List<LocalDate> holidays = new ArrayList<>();

        /** Holidays of single airports, by IATA airport code (such as airport-holidays.ORD=2026-07-03). */
        private Map<String, List<LocalDate>> airportHolidays = new LinkedHashMap<>();

        public List<LocalDate> getHolidays() {
            return holidays;
        }

        public void setHolidays(List<LocalDate> holidays) {
            this.holidays = holidays;
        }

        public Map<String, List<LocalDate>> getAirportHolidays() {
            return airportHolidays;
        }

        public void setAirportHolidays(Map<String, List<LocalDate>> airportHolidays) {
            this.airportHolidays = airportHolidays;
        }
    }

    /** {@code tracking.attachments.*}. */
    public static class Attachments {

        /** The directory uploaded documents are stored in (created when missing). */
        private Path directory = Path.of("./tracking-data/attachments");

        public Path getDirectory() {
            return directory;
        }

        public void setDirectory(Path directory) {
            this.directory = directory;
        }
    }

    /** {@code tracking.events.*}. */
    public static class Events {

        /**
         * Whether domain events (MAWB created, status changed, ...) are published as Spring application events, for
         * EventListener methods. Off: they go to the platform's own bus (TrackingPlatform.subscribe).
         */
        private boolean applicationEvents = true;

        public boolean isApplicationEvents() {
            return applicationEvents;
        }

        public void setApplicationEvents(boolean applicationEvents) {
            this.applicationEvents = applicationEvents;
        }
    }
}
