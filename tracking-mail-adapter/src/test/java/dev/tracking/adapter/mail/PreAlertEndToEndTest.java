package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.FROM;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.AttachmentContents;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.scheduler.handlers.ReminderJobHandler;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryJobStore;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole way, on the real platform and engine: a MAWB is created, its pre-alert reminder job runs
 * ({@code ReminderService} hands the notification to the {@link MailNotifier}, which queues the e-mail job in the same
 * unit of work), the e-mail job renders the default template and attaches the MAWB's stored document, and GreenMail
 * receives it.
 */
class PreAlertEndToEndTest {

    private static final String AGENT = "imports@agent.example";

    private final PersistencePorts ports = InMemoryPersistence.create();
    private final InMemoryJobStore jobs = (InMemoryJobStore) ports.jobStore();
    private final Clock clock = Clock.systemUTC();
    private final Map<String, byte[]> documentStore = new java.util.concurrent.ConcurrentHashMap<>();
    private GreenMail greenMail;
    private TrackingScheduler engine;

    @BeforeEach
    void startGreenMail() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.stop();
        }
        greenMail.stop();
    }

    private TrackingPlatform platform() {
        for (Feature feature : Feature.values()) {
            ports.permissions().saveFeature(feature.code(), feature.description());
            ports.permissions().insertGrant(new RoleGrant(Actor.SYSTEM_ROLE, feature.code(), clock.instant(),
                    Actor.SYSTEM_USER));
        }
        ports.workflowDefinitions().insert(DefaultWorkflows.usAirImport());
        ports.carriers().insert(TestData.carrier());
        ports.fileTypes().insert(TestData.fileType());
        return TrackingPlatform.builder()
                .persistence(ports)
                .clock(clock)
                .actorProvider(Actor::system)
                .notifier(MailNotifier.builder().scheduler(ports.jobStore()).clock(clock).build())
                .build();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aNewMawbsPreAlertArrivesWithItsDocument() throws Exception {
        TrackingPlatform platform = platform();
        Mawb mawb = platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1234567),
                TestData.mawbDetails()));
        MailAttachment invoice = MailTestData.pdf();
        documentStore.put("docs/invoice.pdf", invoice.content());
        platform.attachments().add(new AddAttachmentCommand(ShipmentRef.of(mawb.id()), "COMMERCIAL_INVOICE",
                "invoice.pdf", "application/pdf", invoice.size(), sha256(invoice.content()), "docs/invoice.pdf"));
        AttachmentContents contents = key -> Optional.ofNullable(documentStore.get(key))
                .map(ByteArrayInputStream::new);
        EmailJobHandler emails = EmailJobHandler.builder()
                .sender(JakartaMailSender.create(MailSettings.builder()
                        .host("127.0.0.1")
                        .port(greenMail.getSmtp().getPort())
                        .security(MailSettings.Security.NONE)
                        .from(FROM)
                        .build()))
                .recipients(MailRecipients.builder().topic(MailTopics.PRE_ALERT, AGENT).build())
                .documents(MawbDocuments.stored(platform.attachments(), contents))
                .build();

        engine = TrackingScheduler.create(jobs, new ReminderJobHandler(platform.reminders()), emails)
                .pollInterval(Duration.ofMillis(50))
                .clock(clock)
                .build();
        engine.start();

        Instant deadline = Instant.now().plusSeconds(20);
        while (jobs.all().stream().noneMatch(j -> j.type().equals(EmailJob.TYPE)
                && j.status() == JobStatus.COMPLETED)) {
            assertThat(Instant.now()).as("the e-mail job completes in time; jobs: " + jobs.all())
                    .isBefore(deadline);
            Thread.sleep(20);
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Pre-alert: AWB 020-12345675 FRA-ORD, 12 pcs for "
                + mawb.details().consignee().name());
        assertThat(received.getFrom()[0].toString()).isEqualTo(FROM);
        Multipart mixed = (Multipart) received.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).getContent().toString())
                .contains("AWB", "020-12345675", "FRA → ORD", mawb.details().consignee().name())
                .contains("Times are local to ORD (America/Chicago)")
                .contains(mawb.id().toString());
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invoice.pdf");
        try (InputStream in = mixed.getBodyPart(1).getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(invoice.content());
        }
        assertThat(jobs.all()).filteredOn(j -> j.type().equals(EmailJob.TYPE)).singleElement()
                .satisfies(job -> assertThat(job.idempotencyKey())
                        .startsWith("email:reminder.PRE_ALERT:" + mawb.id() + ":"));
    }
}
