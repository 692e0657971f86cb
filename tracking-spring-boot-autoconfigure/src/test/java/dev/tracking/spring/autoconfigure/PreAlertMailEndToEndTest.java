package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.adapter.mail.EmailJob;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.scheduler.handlers.ReminderJobHandler;
import dev.tracking.testsupport.TestData;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The whole way through the auto-configured beans: Spring Boot's DataSource from {@code spring.datasource.url}, the
 * migrated schema, Jdbi, the platform used by a signed-in operator, the scheduler firing the new MAWB's pre-alert
 * reminder as the system actor, the mail notifier queuing the e-mail job, and the e-mail job sending the pre-alert
 * with the MAWB's stored document to GreenMail on the loopback address.
 */
class PreAlertMailEndToEndTest {

    private static final String AGENT = "imports@agent.example";
    private static final String FROM = "Tracking Desk <tracking@forwarder.example>";

    private GreenMail greenMail;

    @BeforeEach
    void startGreenMail() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterEach
    void stopGreenMail() {
        SecurityContextHolder.clearContext();
        greenMail.stop();
    }

    @Test
    void aNewMawbsPreAlertArrivesWithItsDocument() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withConfiguration(AutoConfigurations.of(TestContexts.AUTO_CONFIGURATIONS))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:e2e_" + UUID.randomUUID().toString().replace("-", "")
                                + ";DB_CLOSE_DELAY=-1",
                        "tracking.attachments.directory=target/e2e-attachments",
                        "tracking.scheduler.poll-interval=100ms",
                        "tracking.mail.host=127.0.0.1",
                        "tracking.mail.port=" + greenMail.getSmtp().getPort(),
                        "tracking.mail.security=none",
                        "tracking.mail.from=" + FROM,
                        "tracking.mail.recipients.topics.pre-alert=" + AGENT)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(DataSource.class)
                            .hasSingleBean(JdbiPersistence.class).hasSingleBean(ReminderJobHandler.class);
                    TrackingPlatform platform = context.getBean(TrackingPlatform.class);
                    JobStore jobs = context.getBean(JobStore.class);
                    AttachmentStorage storage = context.getBean(AttachmentStorage.class);

                    // the operator creates the MAWB and files its invoice before the reminder may run
                    SecurityContextHolder.setContext(new SecurityContextImpl(
                            new TestingAuthenticationToken("jane", "password", "ROLE_operator")));
                    jobs.pause(ReminderJobHandler.TYPE, Instant.now());
                    Mawb mawb = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1234567),
                            TestData.mawbDetails()));
                    byte[] invoice = "%PDF-1.4 invoice of AWB 020-12345675".getBytes(StandardCharsets.US_ASCII);
                    AttachmentStorage.StoredDocument stored = storage.store(new ByteArrayInputStream(invoice),
                            1_000_000);
                    platform.attachments().add(new AddAttachmentCommand(ShipmentRef.of(mawb.id()),
                            "COMMERCIAL_INVOICE", "invoice.pdf", "application/pdf", stored.sizeBytes(),
                            stored.sha256(), stored.storageKey()));
                    SecurityContextHolder.clearContext();
                    jobs.resume(ReminderJobHandler.TYPE);

                    TestContexts.await(Duration.ofSeconds(30),
                            () -> "the pre-alert e-mail is sent; jobs: " + TestContexts.jobsOf(jobs, EmailJob.TYPE)
                                    + TestContexts.jobsOf(jobs, ReminderJobHandler.TYPE),
                            () -> TestContexts.jobsOf(jobs, EmailJob.TYPE).stream()
                                    .anyMatch(job -> job.status() == JobStatus.COMPLETED));
                    assertThat(TestContexts.jobsOf(jobs, ReminderJobHandler.TYPE))
                            .anyMatch(job -> job.status() == JobStatus.COMPLETED);

                    assertThat(greenMail.getReceivedMessages()).hasSize(1);
                    MimeMessage received = greenMail.getReceivedMessages()[0];
                    assertThat(received.getSubject()).startsWith("Pre-alert: AWB 020-12345675");
                    assertThat(received.getFrom()[0].toString()).isEqualTo(FROM);
                    assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                            .containsExactly(AGENT);
                    Multipart mixed = (Multipart) received.getContent();
                    assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invoice.pdf");
                    try (InputStream in = mixed.getBodyPart(1).getInputStream()) {
                        assertThat(in.readAllBytes()).isEqualTo(invoice);
                    }
                });
    }
}
