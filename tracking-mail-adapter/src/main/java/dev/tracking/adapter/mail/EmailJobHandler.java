package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.MailSender;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.JobHandler;
import dev.tracking.scheduler.PermanentJobFailure;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link EmailJob e-mail jobs}: rebuilds the notification from the payload, renders it with the topic's
 * template, addresses it, attaches the MAWB's documents to a pre-alert, and sends it.
 *
 * <table>
 * <caption>How a failure ends the attempt</caption>
 * <tr><th>Failure</th><th>Outcome</th></tr>
 * <tr><td>transient {@link MailDeliveryException} (server down, timeout, 4xx)</td><td>rethrown, as a transient
 * {@code MailDeliveryException} naming the topic, AWB and recipients: the engine retries with backoff, and the job
 * is dead when its attempts are used up</td></tr>
 * <tr><td>permanent {@link MailDeliveryException} (recipient rejected, 5xx, login refused)</td>
 * <td>{@link PermanentJobFailure}: dead at once</td></tr>
 * <tr><td>a payload it cannot read, no recipients, a template that cannot render</td>
 * <td>{@link PermanentJobFailure}</td></tr>
 * <tr><td>the documents cannot be read now</td><td>rethrown: retried</td></tr>
 * </table>
 *
 * Delivery is at least once: when the instance dies after the server took the e-mail and before the job is marked
 * completed, the e-mail goes out again.
 */
public final class EmailJobHandler implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EmailJobHandler.class);

    private final MailSender sender;
    private final MailComposer composer;
    private final MawbDocuments documents;

    private EmailJobHandler(Builder builder) {
        this.sender = builder.sender;
        this.composer = builder.composer != null ? builder.composer
                : MailComposer.of(builder.templates, builder.recipients);
        this.documents = builder.documents;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@value EmailJob#TYPE} */
    @Override
    public String type() {
        return EmailJob.TYPE;
    }

    @Override
    public void handle(JobContext context) {
        Notification notification = notificationOf(context);
        List<MailAttachment> attachments = MailTopics.PRE_ALERT.equals(notification.topic())
                && notification.mawbId() != null ? documents.of(notification.mawbId()) : List.of();
        MailMessage message = compose(context, notification, attachments);
        try {
            sender.send(message);
        } catch (MailDeliveryException e) {
            if (e.permanent()) {
                throw new PermanentJobFailure(describe(notification) + " to " + message.to()
                        + " cannot be delivered: " + e.getMessage(), e);
            }
            LOG.debug("{} to {} not sent on attempt {} of {}: {}", describe(notification), message.to(),
                    context.attempt(), context.maxAttempts(), e.getMessage());
            throw new MailDeliveryException(describe(notification) + " to " + message.to() + " not sent (attempt "
                    + context.attempt() + " of " + context.maxAttempts() + "): " + e.getMessage(), false, e);
        }
        LOG.debug("{} sent to {}", describe(notification), message.to());
    }

    private static Notification notificationOf(JobContext context) {
        try {
            return EmailJob.notificationOf(context.payload());
        } catch (IllegalArgumentException e) {
            throw new PermanentJobFailure("e-mail job " + context.jobId() + " has a payload it cannot read: "
                    + e.getMessage(), e);
        }
    }

    private MailMessage compose(JobContext context, Notification notification, List<MailAttachment> attachments) {
        try {
            return composer.compose(notification, attachments);
        } catch (MailDeliveryException e) {
            if (e.permanent()) {
                throw new PermanentJobFailure(describe(notification) + " cannot be sent: " + e.getMessage(), e);
            }
            throw e;
        } catch (RuntimeException e) {
            throw new PermanentJobFailure(describe(notification) + " cannot be rendered (e-mail job "
                    + context.jobId() + "): " + e, e);
        }
    }

    /**
     * "E-mail reminder.PICKUP for AWB 020-12345675", or with the MAWB id when there is no AWB number. The handler's
     * errors about sending start so ({@link MailNotifier} relies on it to tell an alert about a dead alert).
     */
    private static String describe(Notification notification) {
        String awb = notification.attributes().get("awbNumber");
        String subject = awb != null ? " for AWB " + awb
                : notification.mawbId() != null ? " for MAWB " + notification.mawbId() : "";
        return "E-mail " + notification.topic() + subject;
    }

    @Override
    public String toString() {
        return "EmailJobHandler[" + composer + ", " + sender + "]";
    }

    /** Builds an {@link EmailJobHandler}; {@link #build()} names everything missing at once. */
    public static final class Builder {

        private MailSender sender;
        private MailTemplates templates = MailTemplates.defaults();
        private MailRecipients recipients;
        private MailComposer composer;
        private MawbDocuments documents = MawbDocuments.none();

        private Builder() {
        }

        /** Sends the e-mails ({@link JakartaMailSender}, or {@link LoggingMailSender}) (required). */
        public Builder sender(MailSender mailSender) {
            this.sender = mailSender;
            return this;
        }

        /** The templates; default {@link MailTemplates#defaults()}. */
        public Builder templates(MailTemplates mailTemplates) {
            this.templates = mailTemplates;
            return this;
        }

        /** Who gets which topic (required unless a {@link #composer} is given). */
        public Builder recipients(MailRecipients mailRecipients) {
            this.recipients = mailRecipients;
            return this;
        }

        /** Composes the e-mails itself, instead of the templates and recipients. */
        public Builder composer(MailComposer mailComposer) {
            this.composer = mailComposer;
            return this;
        }

        /** The documents a pre-alert carries; default {@link MawbDocuments#none()}. */
        public Builder documents(MawbDocuments mawbDocuments) {
            this.documents = mawbDocuments;
            return this;
        }

        /** @throws MailConfigurationException naming everything missing */
        public EmailJobHandler build() {
            List<String> problems = new ArrayList<>();
            if (sender == null) {
                problems.add("sender (MailSender) is missing");
            }
            if (composer == null) {
                if (templates == null) {
                    problems.add("templates (MailTemplates) is missing");
                }
                if (recipients == null) {
                    problems.add("recipients (MailRecipients) is missing");
                }
            }
            if (documents == null) {
                problems.add("documents (MawbDocuments) is missing");
            }
            MailConfigurationException.throwIfAny("EmailJobHandler", problems);
            return new EmailJobHandler(this);
        }
    }
}
