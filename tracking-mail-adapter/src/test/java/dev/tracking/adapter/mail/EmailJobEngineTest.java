package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.FROM;
import static dev.tracking.adapter.mail.MailTestData.OPS;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.MailSender;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.scheduler.Backoff;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.inmemory.InMemoryJobStore;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import dev.tracking.testsupport.inmemory.RecordingNotifier;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mail job in the real job engine ({@link TrackingScheduler}) on the in-memory job store: queued by the
 * {@link MailNotifier} in a unit of work, retried with backoff while the SMTP server is down, dead when its attempts
 * are used up (with the engine's alert), delivered after a manual retry once the server is up; dead at once when a
 * recipient is rejected.
 */
class EmailJobEngineTest {

    private static final Duration BACKOFF = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final PersistencePorts persistence = InMemoryPersistence.create();
    private final InMemoryJobStore jobs = (InMemoryJobStore) persistence.jobStore();
    private final Clock clock = Clock.systemUTC();
    private final RecordingNotifier alerts = new RecordingNotifier();
    private TrackingScheduler engine;
    private GreenMail greenMail;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.stop();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static MailSender senderTo(int port) {
        return JakartaMailSender.create(MailSettings.builder()
                .host("127.0.0.1")
                .port(port)
                .security(MailSettings.Security.NONE)
                .from(FROM)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .build());
    }

    private void startEngine(MailSender sender, Notifier deadJobAlerts) {
        EmailJobHandler handler = EmailJobHandler.builder()
                .sender(sender)
                .recipients(MailRecipients.to(OPS))
                .documents(mawbId -> List.of(MailTestData.pdf()))
                .build();
        engine = TrackingScheduler.create(jobs, handler)
                .pollInterval(Duration.ofMillis(50))
                .backoff(EmailJob.TYPE, Backoff.fixed(BACKOFF))
                .clock(clock)
                .notifier(deadJobAlerts)
                .build();
        engine.start();
    }

    private MailNotifier notifier(int maxAttempts) {
        return MailNotifier.builder().scheduler(jobs).clock(clock).maxAttempts(maxAttempts).build();
    }

    private Job theOnlyJob() {
        assertThat(jobs.all()).hasSize(1);
        return jobs.all().get(0);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(20);
        }
    }

    private void awaitJob(Predicate<Job> condition, String what) throws InterruptedException {
        await(what, () -> jobs.all().stream().anyMatch(condition));
    }

    @Test
    void smtpDownRetriesWithBackoffThenDeadAndAManualRetryDeliversOnceItIsUp() throws Exception {
        int port = closedPort();
        startEngine(senderTo(port), alerts);
        Notification preAlert = MailTestData.reminder(MailTopics.PRE_ALERT);

        persistence.transactions().run(() -> notifier(3).send(preAlert));

        awaitJob(job -> job.status() == JobStatus.DEAD, "the e-mail job to be dead");
        Job dead = theOnlyJob();
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("E-mail reminder.PRE_ALERT for AWB 020-12345675 to [" + OPS
                + "] not sent (attempt 3 of 3)").contains("SMTP server 127.0.0.1:" + port + " refused the connection");
        List<JobAttempt> attempts = jobs.attempts(dead.id());
        assertThat(attempts).extracting(JobAttempt::outcome).containsOnly(JobAttempt.Outcome.FAILED).hasSize(3);
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.between(attempts.get(i - 1).finishedAt(), attempts.get(i).startedAt()))
                    .as("backoff before attempt " + (i + 1)).isGreaterThanOrEqualTo(BACKOFF);
        }
        await("the dead-job alert", () -> !alerts.sent().isEmpty());
        assertThat(alerts.sent()).singleElement().satisfies(alert -> {
            assertThat(alert.topic()).isEqualTo("job.dead");
            assertThat(alert.attributes()).containsEntry("jobId", dead.id().toString())
                    .containsEntry("type", "email").containsEntry("attempts", "3");
        });

        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        assertThat(jobs.retry(dead.id(), clock.instant())).isTrue();

        awaitJob(job -> job.status() == JobStatus.COMPLETED, "the retried e-mail job to complete");
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(
                "Pre-alert: AWB 020-12345675 FRA-ORD, 12 pcs for Midwest Machinery Inc.");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly(OPS);
        Multipart mixed = (Multipart) received.getContent();
        try (InputStream pdf = mixed.getBodyPart(1).getInputStream()) {
            assertThat(pdf.readAllBytes()).isEqualTo(MailTestData.pdf().content());
        }
        assertThat(theOnlyJob().attempts()).isEqualTo(4);
    }

    @Test
    void aRejectedRecipientIsDeadAfterOneAttemptWithAClearError() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .rcpt(address -> "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"))) {
            startEngine(senderTo(server.port()), alerts);

            notifier(8).send(MailTestData.reminder(MailTopics.PICKUP));

            awaitJob(job -> job.status() == JobStatus.DEAD, "the e-mail job to be dead");
            Job dead = theOnlyJob();
            assertThat(dead.attempts()).isEqualTo(1);
            assertThat(dead.lastError()).startsWith("dev.tracking.scheduler.PermanentJobFailure: E-mail "
                    + "reminder.PICKUP for AWB 020-12345675 to [" + OPS + "] cannot be delivered: SMTP server "
                    + "127.0.0.1:" + server.port() + " rejected recipient " + OPS + " (550 5.1.1 <" + OPS
                    + ">: Recipient address rejected: User unknown)");
            assertThat(server.verbs()).doesNotContain("DATA");
        }
    }

    @Test
    void aDeadAlertEmailRaisesNoFurtherAlertEmail() throws Exception {
        int port = closedPort();
        MailNotifier mailNotifier = notifier(2);
        startEngine(senderTo(port), mailNotifier);

        mailNotifier.send(MailTestData.reminder(MailTopics.PICKUP));

        await("the pickup e-mail and its alert e-mail to be dead", () -> jobs.all().size() == 2
                && jobs.all().stream().allMatch(job -> job.status() == JobStatus.DEAD));
        Thread.sleep(BACKOFF.multipliedBy(3).toMillis());
        assertThat(jobs.all()).hasSize(2).extracting(job -> job.payload().get(EmailJob.TOPIC))
                .containsExactlyInAnyOrder("reminder.PICKUP", "job.dead");
        Job alert = jobs.all().stream().filter(job -> job.payload().get(EmailJob.TOPIC).equals("job.dead"))
                .findFirst().orElseThrow();
        assertThat(alert.payload()).containsEntry("attr.type", "email").containsKey("attr.error");
    }
}
