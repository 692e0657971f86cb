package dev.tracking.spring.autoconfigure;

import dev.tracking.adapter.mail.MailNotifier;
import dev.tracking.adapter.mail.MailRecipients;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.Notifier;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auto-configured {@link Notifier} when e-mail is on: a notification that someone is to get (its topic resolves
 * to recipients) is queued as an e-mail job by the {@link MailNotifier}; one that nobody is to get is written to the
 * log (logger {@value #LOGGER}) instead, rather than queued as an e-mail job that could only fail and raise a dead-job
 * alert. So configuring recipients for some topics only (say, the pre-alert) e-mails those and logs the rest.
 */
public class MailOrLogNotifier implements Notifier {

    /** Where notifications that nobody is to get are logged: the core's logging notifier's logger. */
    public static final String LOGGER = "dev.tracking.notifications";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final MailNotifier mail;
    private final MailRecipients recipients;

    /** E-mails through {@code mail} what {@code recipients} address, logs the rest. */
    public MailOrLogNotifier(MailNotifier mail, MailRecipients recipients) {
        this.mail = Objects.requireNonNull(mail, "mail");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
    }

    @Override
    public void send(Notification notification) {
        List<String> addresses = recipients.resolve(notification);
        if (addresses == null || addresses.isEmpty()) {
            LOG.info("{} for MAWB {} at {} (no e-mail recipients for this topic): {}", notification.topic(),
                    notification.mawbId(), notification.at(), notification.attributes());
            return;
        }
        mail.send(notification);
    }

    /** The notifier that queues the e-mail jobs. */
    public MailNotifier mailNotifier() {
        return mail;
    }

    @Override
    public String toString() {
        return "MailOrLogNotifier[" + mail + "]";
    }
}
