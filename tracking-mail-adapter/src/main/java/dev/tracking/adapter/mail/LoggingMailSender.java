package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.port.out.MailSender;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MailSender} that writes each e-mail to the log instead of sending it (at INFO: sender, recipients,
 * subject, attachments and the text body; the HTML body at DEBUG): for samples and development machines without an
 * SMTP server. It never fails.
 */
public final class LoggingMailSender implements MailSender {

    /** The logger it writes to unless told otherwise. */
    public static final String DEFAULT_LOGGER = "dev.tracking.adapter.mail";

    private final Logger log;

    private LoggingMailSender(Logger log) {
        this.log = log;
    }

    /** Writes to the logger {@value #DEFAULT_LOGGER}. */
    public static LoggingMailSender create() {
        return create(DEFAULT_LOGGER);
    }

    /** Writes to the named logger. */
    public static LoggingMailSender create(String loggerName) {
        Objects.requireNonNull(loggerName, "loggerName");
        return new LoggingMailSender(LoggerFactory.getLogger(loggerName));
    }

    @Override
    public void send(MailMessage message) {
        Objects.requireNonNull(message, "message");
        log.info("E-mail (logged, not sent) from {} to {}{}{}: '{}'{}\n{}",
                message.from() == null ? "(configured sender)" : message.from(), message.to(),
                message.cc().isEmpty() ? "" : " cc " + message.cc(),
                message.replyTo() == null ? "" : " reply-to " + message.replyTo(), message.subject(),
                message.attachments().isEmpty() ? "" : " with " + describe(message), message.text());
        if (message.html() != null) {
            log.debug("HTML body of '{}':\n{}", message.subject(), message.html());
        }
    }

    private static String describe(MailMessage message) {
        return message.attachments().stream()
                .map(LoggingMailSender::describe)
                .collect(Collectors.joining(", ", "attachments [", "]"));
    }

    private static String describe(MailAttachment attachment) {
        return attachment.fileName() + " (" + attachment.mediaType() + ", " + attachment.size() + " bytes)";
    }

    @Override
    public String toString() {
        return "LoggingMailSender[" + log.getName() + "]";
    }
}
