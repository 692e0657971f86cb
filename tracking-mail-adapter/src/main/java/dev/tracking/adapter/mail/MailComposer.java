package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.domain.notification.Notification;
import java.util.List;
import java.util.Objects;

/**
 * Turns a notification into the e-mail to send: rendered by its topic's template, addressed to its recipients, with
 * the attachments given. The e-mail job uses it; so may a job that sends an e-mail itself (the daily report with its
 * CSV). The sender and reply-to are left to the {@link MailSettings}.
 */
@FunctionalInterface
public interface MailComposer {

    /**
     * @throws dev.tracking.core.domain.mail.MailDeliveryException (permanent) when nobody is to get the e-mail
     * @throws RuntimeException                                    when the template cannot render it
     */
    MailMessage compose(Notification notification, List<MailAttachment> attachments);

    /** Renders with {@code templates} and addresses to {@code recipients}. */
    static MailComposer of(MailTemplates templates, MailRecipients recipients) {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(recipients, "recipients");
        return new TemplateMailComposer(templates, recipients);
    }
}
