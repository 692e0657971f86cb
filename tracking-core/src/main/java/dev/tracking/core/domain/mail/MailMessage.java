package dev.tracking.core.domain.mail;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import java.util.List;

/**
 * An e-mail to send: HTML with a plain-text alternative, and attachments. The sender's address and reply-to come from
 * the mail adapter's configuration unless the message names its own.
 *
 * @param from    the sender, or null for the configured one
 * @param replyTo where replies go, or null for the configured one
 * @param html    the HTML body, or null for a plain-text e-mail
 */
public record MailMessage(String from, List<String> to, List<String> cc, String replyTo, String subject, String text,
        String html, List<MailAttachment> attachments) {

    public MailMessage {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (to.isEmpty()) {
            throw new ValidationException("to", "an e-mail needs at least one recipient");
        }
        subject = Check.requiredText(subject, "subject", 998);
        text = Check.requiredText(text, "text", 1_000_000);
    }
}
