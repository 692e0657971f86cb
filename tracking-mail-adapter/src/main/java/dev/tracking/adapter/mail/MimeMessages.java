package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.util.Date;
import java.util.List;

/**
 * Builds the MIME message for a {@link MailMessage}: UTF-8 subject and bodies; the text alone, or a
 * {@code multipart/alternative} of text and HTML; with attachments, all of it inside a {@code multipart/mixed}.
 * Attachments are base64-encoded so that they arrive byte for byte (a CSV keeps its line ends).
 */
final class MimeMessages {

    private static final String UTF_8 = "UTF-8";

    private final Session session;
    private final MailSettings settings;
    private final Clock clock;

    MimeMessages(Session session, MailSettings settings, Clock clock) {
        this.session = session;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws MailDeliveryException (permanent) when an address does not parse or the message cannot be built */
    MimeMessage build(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(address(message.from() != null ? message.from() : settings.from(), "from"));
            mime.setRecipients(RecipientType.TO, addresses(message.to(), "to"));
            if (!message.cc().isEmpty()) {
                mime.setRecipients(RecipientType.CC, addresses(message.cc(), "cc"));
            }
            String replyTo = message.replyTo() != null ? message.replyTo() : settings.replyTo();
            if (replyTo != null) {
                mime.setReplyTo(new InternetAddress[] {address(replyTo, "reply-to")});
            }
            mime.setSubject(message.subject(), UTF_8);
            mime.setSentDate(Date.from(clock.instant()));
            // RFC 3834: keeps out-of-office replies and auto-responders away
            mime.setHeader("Auto-Submitted", "auto-generated");
            if (message.attachments().isEmpty()) {
                fillBody(mime, message);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                fillBody(body, message);
                mixed.addBodyPart(body);
                for (MailAttachment attachment : message.attachments()) {
                    mixed.addBodyPart(partOf(attachment));
                }
                mime.setContent(mixed);
            }
            mime.saveChanges();
            return mime;
        } catch (InvalidAddress e) {
            throw new MailDeliveryException("the e-mail '" + message.subject() + "' cannot be sent: its " + e.field
                    + " address '" + e.address + "' is not valid (" + e.getCause().getMessage() + ")", true, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("the e-mail '" + message.subject() + "' cannot be built: "
                    + e.getMessage(), true, e);
        }
    }

    private static void fillBody(MimeBodyPart part, MailMessage message) throws MessagingException {
        if (message.html() == null) {
            part.setText(message.text(), UTF_8, "plain");
        } else {
            part.setContent(alternativeOf(message));
        }
    }

    private static void fillBody(MimeMessage mime, MailMessage message) throws MessagingException {
        if (message.html() == null) {
            mime.setText(message.text(), UTF_8, "plain");
        } else {
            mime.setContent(alternativeOf(message));
        }
    }

    /** Text first, HTML last: a mail client shows the last part it can display. */
    private static MimeMultipart alternativeOf(MailMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static MimeBodyPart partOf(MailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
        part.setFileName(attachment.fileName());
        part.setDisposition(Part.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static InternetAddress address(String address, String field) throws InvalidAddress {
        try {
            return MailAddresses.parse(address);
        } catch (AddressException e) {
            throw new InvalidAddress(field, address, e);
        }
    }

    private static InternetAddress[] addresses(List<String> addresses, String field) throws InvalidAddress {
        InternetAddress[] parsed = new InternetAddress[addresses.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = address(addresses.get(i), field);
        }
        return parsed;
    }

    /** An address of the message does not parse. */
    private static final class InvalidAddress extends Exception {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String address;

        InvalidAddress(String field, String address, AddressException cause) {
            super(cause);
            this.field = field;
            this.address = address;
        }
    }
}
