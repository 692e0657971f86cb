package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.domain.notification.Notification;
import java.util.List;

/** {@link MailComposer#of}: the topic's template and the recipients. */
final class TemplateMailComposer implements MailComposer {

    private final MailTemplates templates;
    private final MailRecipients recipients;

    TemplateMailComposer(MailTemplates templates, MailRecipients recipients) {
        this.templates = templates;
        this.recipients = recipients;
    }

    @Override
    public MailMessage compose(Notification notification, List<MailAttachment> attachments) {
        List<String> to = recipients.resolve(notification);
        if (to == null || to.isEmpty()) {
            throw new MailDeliveryException("nobody is to get the e-mail for " + notification.topic()
                    + ": the mail recipients name no address for this topic (configure MailRecipients)", true, null);
        }
        RenderedMail rendered = templates.render(notification);
        return new MailMessage(null, to, List.of(), null, rendered.subject(), rendered.text(), rendered.html(),
                attachments);
    }

    @Override
    public String toString() {
        return "MailComposer[" + templates + ", " + recipients + "]";
    }
}
