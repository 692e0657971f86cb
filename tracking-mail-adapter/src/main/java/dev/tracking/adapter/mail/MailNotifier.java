package dev.tracking.adapter.mail;

import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.JobScheduler;
import dev.tracking.core.port.out.Notifier;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Notifier} that e-mails: it queues an {@link EmailJob e-mail job} through the {@link JobScheduler}, in the
 * caller's unit of work, instead of talking to the SMTP server there. A rolled-back change thus sends nothing, a
 * committed one sends once the job runs ({@link EmailJobHandler}), and an SMTP server that is down delays the e-mail
 * instead of failing the change. A notification whose e-mail job still waits (same topic, MAWB and due time) queues
 * none again.
 */
public final class MailNotifier implements Notifier {

    /**
     * How often an e-mail is tried unless configured: 8, which with the engine's default backoff (30 seconds,
     * doubling) spans about an hour before the job is dead.
     */
    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

    private final JobScheduler scheduler;
    private final Clock clock;
    private final IdGenerator ids;
    private final int maxAttempts;

    private MailNotifier(Builder builder) {
        this.scheduler = builder.scheduler;
        this.clock = builder.clock;
        this.ids = builder.ids;
        this.maxAttempts = builder.maxAttempts;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Queues the notification's e-mail job to run now, unless its job waits already, or it is the alert that an
     * alert e-mail about a dead job is dead itself (only logged, at ERROR: e-mailing it would fail as that one did, and
     * raise another alert, without end).
     */
    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        if (isAboutADeadAlertEmail(notification)) {
            LOG.error("Not e-mailing that the alert e-mail {} is dead too (that would loop): {}",
                    notification.attributes().get("jobId"), notification.attributes().get("error"));
            return;
        }
        Instant now = clock.instant();
        String key = EmailJob.idempotencyKeyOf(notification);
        boolean scheduled = scheduler.schedule(new JobRequest(ids.newId(), EmailJob.TYPE,
                EmailJob.payloadOf(notification), now, key, maxAttempts, now));
        if (!scheduled) {
            LOG.debug("E-mail for {} not queued again: job {} still waits", notification.topic(), key);
        }
    }

    private static boolean isAboutADeadAlertEmail(Notification notification) {
        String error = notification.attributes().get("error");
        return MailTopics.JOB_DEAD.equals(notification.topic())
                && EmailJob.TYPE.equals(notification.attributes().get("type"))
                && error != null && error.contains("E-mail " + MailTopics.JOB_DEAD + " ");
    }

    @Override
    public String toString() {
        return "MailNotifier[" + maxAttempts + " attempts]";
    }

    /** Builds a {@link MailNotifier}; {@link #build()} names everything missing at once. */
    public static final class Builder {

        private JobScheduler scheduler;
        private Clock clock;
        private IdGenerator ids = UUID::randomUUID;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

        private Builder() {
        }

        /** Where the e-mail jobs go: the platform's job store, so they join the caller's unit of work (required). */
        public Builder scheduler(JobScheduler jobScheduler) {
            this.scheduler = jobScheduler;
            return this;
        }

        /** When a job is due and created (required). */
        public Builder clock(Clock newClock) {
            this.clock = newClock;
            return this;
        }

        /** Ids of the jobs; default random UUIDs. */
        public Builder idGenerator(IdGenerator generator) {
            this.ids = generator;
            return this;
        }

        /** How often an e-mail is tried before its job is dead; default {@value #DEFAULT_MAX_ATTEMPTS}. */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /** @throws MailConfigurationException naming everything missing or wrong */
        public MailNotifier build() {
            List<String> problems = new ArrayList<>();
            if (scheduler == null) {
                problems.add("scheduler (JobScheduler) is missing");
            }
            if (clock == null) {
                problems.add("clock (Clock) is missing");
            }
            if (ids == null) {
                problems.add("idGenerator (IdGenerator) is missing");
            }
            if (maxAttempts < 1) {
                problems.add("maxAttempts must be 1 or more, not " + maxAttempts);
            }
            MailConfigurationException.throwIfAny("MailNotifier", problems);
            return new MailNotifier(this);
        }
    }
}
