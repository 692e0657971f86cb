package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.MAWB_ID;
import static dev.tracking.adapter.mail.MailTestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.inmemory.InMemoryJobStore;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailNotifierTest {

    private final PersistencePorts persistence = InMemoryPersistence.create();
    private final InMemoryJobStore jobs = (InMemoryJobStore) persistence.jobStore();
    private final SettableClock clock = new SettableClock(NOW);
    private final MailNotifier notifier = MailNotifier.builder().scheduler(jobs).clock(clock).build();

    @Test
    void queuesOneEmailJobDueNowCarryingTheNotification() {
        Notification pickup = MailTestData.reminder(MailTopics.PICKUP);

        notifier.send(pickup);

        assertThat(jobs.all()).singleElement().satisfies(job -> {
            assertThat(job.type()).isEqualTo("email");
            assertThat(job.status()).isEqualTo(JobStatus.PENDING);
            assertThat(job.runAt()).isEqualTo(NOW);
            assertThat(job.maxAttempts()).isEqualTo(MailNotifier.DEFAULT_MAX_ATTEMPTS).isEqualTo(8);
            assertThat(job.idempotencyKey()).isEqualTo("email:reminder.PICKUP:" + MAWB_ID
                    + ":2025-03-17T14:00:00Z");
            assertThat(job.payload()).containsEntry("topic", "reminder.PICKUP")
                    .containsEntry("mawbId", MAWB_ID.toString())
                    .containsEntry("at", NOW.toString())
                    .containsEntry("attr.awbNumber", "020-12345675")
                    .containsEntry("attr.dueAtLocal", "2025-03-17T09:00");
            assertThat(EmailJob.notificationOf(job.payload())).isEqualTo(pickup);
        });
    }

    @Test
    void theSameNotificationAgainQueuesNothingWhileItsJobWaits() {
        notifier.send(MailTestData.reminder(MailTopics.PICKUP));
        clock.advance(Duration.ofMinutes(5));

        notifier.send(new Notification(MailTopics.PICKUP, MAWB_ID, MailTestData.reminderAttributes(),
                clock.instant()));

        assertThat(jobs.all()).hasSize(1);
    }

    @Test
    void anotherDueTimeTopicOrMawbIsAnotherEmail() {
        notifier.send(MailTestData.reminder(MailTopics.ISC_PAYMENT));
        notifier.send(MailTestData.reminder(MailTopics.ISC_PAYMENT, Map.of("dueAt", "2025-03-17T19:00:00Z")));
        notifier.send(MailTestData.reminder(MailTopics.PICKUP));
        notifier.send(new Notification(MailTopics.PICKUP, dev.tracking.core.domain.common.MawbId.of(
                java.util.UUID.fromString("0195a1b2-c3d4-7e5f-8a9b-000000000002")),
                MailTestData.reminderAttributes(), NOW));

        assertThat(jobs.all()).extracting(Job::idempotencyKey).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void notificationsWithoutDueTimeAreToldApartByTheirFacts() {
        notifier.send(MailTestData.jobDead());
        notifier.send(MailTestData.jobDead());
        notifier.send(new Notification(MailTopics.JOB_DEAD, null, Map.of("jobId", "another", "type", "email",
                "attempts", "8", "error", "x"), NOW));

        assertThat(jobs.all()).hasSize(2).allSatisfy(job -> assertThat(job.idempotencyKey())
                .startsWith("email:job.dead:-:").hasSize("email:job.dead:-:".length() + 16));
    }

    @Test
    void inARolledBackUnitOfWorkNothingIsQueued() {
        assertThatThrownBy(() -> persistence.transactions().run(() -> {
            notifier.send(MailTestData.reminder(MailTopics.PRE_ALERT));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(jobs.all()).isEmpty();
    }

    @Test
    void inACommittedUnitOfWorkTheJobIsThere() {
        persistence.transactions().run(() -> notifier.send(MailTestData.reminder(MailTopics.PRE_ALERT)));

        assertThat(jobs.all()).hasSize(1);
    }

    @Test
    void afterTheEmailWentOutTheSameNotificationMayQueueAgain() {
        notifier.send(MailTestData.reminder(MailTopics.PICKUP));
        jobs.takeDue(NOW);

        notifier.send(MailTestData.reminder(MailTopics.PICKUP));

        assertThat(jobs.all()).extracting(Job::status).containsExactlyInAnyOrder(JobStatus.COMPLETED,
                JobStatus.PENDING);
    }

    @Test
    void maxAttemptsAndIdsAreConfigurable() {
        java.util.UUID id = java.util.UUID.fromString("0195a1b2-c3d4-7e5f-8a9b-00000000000a");
        MailNotifier custom = MailNotifier.builder().scheduler(jobs).clock(clock).idGenerator(() -> id)
                .maxAttempts(3).build();

        custom.send(MailTestData.reminder(MailTopics.PICKUP));

        assertThat(jobs.all()).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(id);
            assertThat(job.maxAttempts()).isEqualTo(3);
        });
    }

    @Test
    void theBuilderNamesEverythingMissing() {
        assertThatThrownBy(() -> MailNotifier.builder().maxAttempts(0).build())
                .isInstanceOf(MailConfigurationException.class)
                .satisfies(e -> assertThat(((MailConfigurationException) e).problems()).containsExactly(
                        "scheduler (JobScheduler) is missing", "clock (Clock) is missing",
                        "maxAttempts must be 1 or more, not 0"));
    }

    @Test
    void anAlertThatAnAlertEmailIsDeadIsNotEmailedAgain() {
        notifier.send(new Notification(MailTopics.JOB_DEAD, null, Map.of("jobId", "j1", "type", "email",
                "attempts", "8", "error", "dev.tracking.core.domain.mail.MailDeliveryException: E-mail job.dead to "
                        + "[ops@forwarder.example] not sent (attempt 8 of 8): SMTP server down"), NOW));

        assertThat(jobs.all()).isEmpty();
    }

    @Test
    void anAlertThatAnotherEmailIsDeadIsEmailed() {
        notifier.send(new Notification(MailTopics.JOB_DEAD, null, Map.of("jobId", "j1", "type", "email",
                "attempts", "1", "error", "dev.tracking.scheduler.PermanentJobFailure: E-mail reminder.PRE_ALERT for "
                        + "AWB 020-12345675 to [imports@agent.example] cannot be delivered: 550"), NOW));

        assertThat(jobs.all()).hasSize(1);
    }

    @Test
    void aVeryLongKeyBecomesADigest() {
        String topic = "custom." + "x".repeat(200);

        notifier.send(new Notification(topic, MAWB_ID, Map.of("dueAt", "2025-03-17T14:00:00Z"), NOW));

        assertThat(jobs.all()).singleElement().satisfies(job -> assertThat(job.idempotencyKey())
                .matches("email:[0-9a-f]{64}"));
    }

    @Test
    void aPayloadRoundTripsEveryAttribute() {
        Notification notification = new Notification("any.topic", null,
                Map.of("a", "1", "attr.nested", "2", "empty", ""), NOW);

        assertThat(EmailJob.notificationOf(EmailJob.payloadOf(notification))).isEqualTo(notification);
    }

    @Test
    void aPayloadItCannotReadSaysWhy() {
        assertThatThrownBy(() -> EmailJob.notificationOf(Map.of("at", NOW.toString())))
                .hasMessage("the payload has no 'topic'");
        assertThatThrownBy(() -> EmailJob.notificationOf(Map.of("topic", "t", "at", "yesterday")))
                .hasMessage("the payload's 'at' is not an ISO-8601 instant: yesterday");
        assertThatThrownBy(() -> EmailJob.notificationOf(Map.of("topic", "t", "at", NOW.toString(),
                "mawbId", "42"))).hasMessage("the payload's 'mawbId' is not a UUID: 42");
        assertThatThrownBy(() -> EmailJob.notificationOf(Map.of("topic", "t")))
                .hasMessage("the payload has no 'at'");
    }
}
