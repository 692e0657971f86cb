package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.AGENT;
import static dev.tracking.adapter.mail.MailTestData.MAWB_ID;
import static dev.tracking.adapter.mail.MailTestData.NOW;
import static dev.tracking.adapter.mail.MailTestData.OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.PermanentJobFailure;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EmailJobHandlerTest {

    private static final UUID JOB_ID = UUID.fromString("0195a1b2-0000-7000-8000-0000000000e1");

    private final RecordingMailSender sender = new RecordingMailSender();
    private final List<MawbId> documentsAskedFor = new CopyOnWriteArrayList<>();
    private final MawbDocuments documents = mawbId -> {
        documentsAskedFor.add(mawbId);
        return List.of(MailTestData.pdf());
    };
    private final MailRecipients recipients = MailRecipients.builder()
            .always(OPS)
            .topic(MailTopics.PRE_ALERT, AGENT)
            .build();
    private final EmailJobHandler handler = EmailJobHandler.builder()
            .sender(sender)
            .recipients(recipients)
            .documents(documents)
            .build();

    private static JobContext jobOf(Notification notification) {
        return jobOf(EmailJob.payloadOf(notification), 1);
    }

    private static JobContext jobOf(Map<String, String> payload, int attempt) {
        return new JobContext(JOB_ID, EmailJob.TYPE, payload, attempt, 8, "email:key", NOW);
    }

    @Test
    void runsEmailJobs() {
        assertThat(handler.type()).isEqualTo("email");
    }

    @Test
    void aPreAlertGoesToItsRecipientsWithTheMawbsDocuments() {
        handler.handle(jobOf(MailTestData.reminder(MailTopics.PRE_ALERT)));

        assertThat(documentsAskedFor).containsExactly(MAWB_ID);
        assertThat(sender.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly(OPS, AGENT);
            assertThat(mail.from()).as("left to the settings").isNull();
            assertThat(mail.subject()).startsWith("Pre-alert: AWB 020-12345675");
            assertThat(mail.text()).contains("Midwest Machinery Inc.");
            assertThat(mail.html()).contains("Midwest Machinery Inc.");
            assertThat(mail.attachments()).containsExactly(MailTestData.pdf());
        });
    }

    @Test
    void otherTopicsGoWithoutDocuments() {
        handler.handle(jobOf(MailTestData.reminder(MailTopics.PICKUP)));

        assertThat(documentsAskedFor).isEmpty();
        assertThat(sender.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly(OPS);
            assertThat(mail.attachments()).isEmpty();
        });
    }

    @Test
    void theHostsTemplatesAreUsed() {
        EmailJobHandler custom = EmailJobHandler.builder().sender(sender).recipients(recipients)
                .templates(MailTemplates.defaults().with(MailTopics.PICKUP,
                        MailTemplate.of("Abholung ${awbNumber}", "Bitte abholen.")))
                .build();

        custom.handle(jobOf(MailTestData.reminder(MailTopics.PICKUP)));

        assertThat(sender.sent()).extracting(MailMessage::subject).containsExactly("Abholung 020-12345675");
    }

    @Test
    void aTransientFailureIsRethrownForTheEngineToRetry() {
        MailDeliveryException down = new MailDeliveryException("SMTP server mail:25 refused the connection", false,
                null);
        sender.failWith(down);

        Throwable thrown = catchThrowable(() -> handler.handle(jobOf(MailTestData.reminder(MailTopics.PICKUP))));

        assertThat(thrown).isInstanceOf(MailDeliveryException.class).hasCause(down)
                .hasMessage("E-mail reminder.PICKUP for AWB 020-12345675 to [ops@forwarder.example] not sent "
                        + "(attempt 1 of 8): SMTP server mail:25 refused the connection");
        assertThat(((MailDeliveryException) thrown).permanent()).isFalse();
    }

    @Test
    void aPermanentFailureMakesTheJobDeadWithAClearError() {
        MailDeliveryException rejected = new MailDeliveryException("SMTP server mail:25 rejected recipient "
                + "ops@forwarder.example (550 5.1.1 No such user)", true, null);
        sender.failWith(rejected);

        Throwable thrown = catchThrowable(() -> handler.handle(jobOf(MailTestData.reminder(MailTopics.PICKUP))));

        assertThat(thrown).isInstanceOf(PermanentJobFailure.class).hasCause(rejected)
                .hasMessage("E-mail reminder.PICKUP for AWB 020-12345675 to [ops@forwarder.example] cannot be "
                        + "delivered: SMTP server mail:25 rejected recipient ops@forwarder.example (550 5.1.1 No "
                        + "such user)");
    }

    @Test
    void aPayloadItCannotReadIsPermanent() {
        assertThatThrownBy(() -> handler.handle(jobOf(Map.of("at", NOW.toString()), 1)))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessage("e-mail job " + JOB_ID + " has a payload it cannot read: the payload has no 'topic'");
        assertThatThrownBy(() -> handler.handle(jobOf(Map.of("topic", "reminder.PICKUP", "at", "soon"), 1)))
                .isInstanceOf(PermanentJobFailure.class);
        assertThat(sender.sent()).isEmpty();
    }

    @Test
    void noRecipientsIsPermanent() {
        EmailJobHandler nobody = EmailJobHandler.builder().sender(sender).recipients(n -> List.of()).build();

        assertThatThrownBy(() -> nobody.handle(jobOf(MailTestData.reminder(MailTopics.PICKUP))))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("E-mail reminder.PICKUP for AWB 020-12345675 cannot be sent: nobody is to get "
                        + "the e-mail for reminder.PICKUP");
    }

    @Test
    void aTemplateThatCannotRenderIsPermanent() {
        EmailJobHandler broken = EmailJobHandler.builder().sender(sender).recipients(recipients)
                .templates(MailTemplates.defaults().with(MailTopics.PICKUP, n -> {
                    throw new IllegalStateException("template bug");
                }))
                .build();

        assertThatThrownBy(() -> broken.handle(jobOf(MailTestData.reminder(MailTopics.PICKUP))))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("cannot be rendered").hasMessageContaining("template bug");
    }

    @Test
    void documentsThatCannotBeReadNowAreRetried() {
        UncheckedIOException storageDown = new UncheckedIOException("storage down", new java.io.IOException("x"));
        EmailJobHandler withBrokenStorage = EmailJobHandler.builder().sender(sender).recipients(recipients)
                .documents(mawbId -> {
                    throw storageDown;
                }).build();

        Throwable thrown = catchThrowable(() -> withBrokenStorage.handle(jobOf(
                MailTestData.reminder(MailTopics.PRE_ALERT))));

        assertThat(thrown).isSameAs(storageDown);
    }

    @Test
    void aComposerReplacesTemplatesAndRecipients() {
        EmailJobHandler composed = EmailJobHandler.builder().sender(sender)
                .composer((n, attachments) -> new MailMessage(null, List.of("x@y.example"), List.of(), null,
                        "Composed " + n.topic(), "Text", null, attachments))
                .build();

        composed.handle(jobOf(MailTestData.reminder(MailTopics.PICKUP)));

        assertThat(sender.sent()).extracting(MailMessage::subject).containsExactly("Composed reminder.PICKUP");
    }

    @Test
    void theBuilderNamesEverythingMissing() {
        assertThatThrownBy(() -> EmailJobHandler.builder().documents(null).build())
                .isInstanceOf(MailConfigurationException.class)
                .satisfies(e -> assertThat(((MailConfigurationException) e).problems()).containsExactly(
                        "sender (MailSender) is missing", "recipients (MailRecipients) is missing",
                        "documents (MawbDocuments) is missing"));
    }
}
