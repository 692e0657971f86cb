package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.port.out.MailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MailSender} port on Jakarta Mail (Eclipse Angus): one SMTP connection per e-mail, opened with the
 * {@link MailSettings} (STARTTLS or implicit TLS, login), closed afterwards. A failure becomes a
 * {@link MailDeliveryException} that says whether trying again may help and names the server and its reply:
 *
 * <table>
 * <caption>Which failures are permanent</caption>
 * <tr><th>Failure</th><th>Permanent</th></tr>
 * <tr><td>recipient refused with 5xx (550 no such user, 553 bad address)</td><td>yes</td></tr>
 * <tr><td>recipients deferred with 4xx only (450, 451, 452)</td><td>no</td></tr>
 * <tr><td>sender (MAIL FROM) or message (DATA) refused with 5xx / 4xx</td><td>yes / no</td></tr>
 * <tr><td>login refused (535); temporary login failure (454)</td><td>yes; no</td></tr>
 * <tr><td>STARTTLS required but not offered; TLS certificate not trusted</td><td>yes</td></tr>
 * <tr><td>an address of the message that does not parse</td><td>yes</td></tr>
 * <tr><td>connection refused, unknown host, timeouts, connection lost, 421 greeting</td><td>no</td></tr>
 * </table>
 *
 * <p>Safe to use from several threads: each call opens its own connection.
 */
public final class JakartaMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(JakartaMailSender.class);

    private final MailSettings settings;
    private final Session session;
    private final MimeMessages mimeMessages;
    private final SmtpFailures failures;

    private JakartaMailSender(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.session = SmtpSessions.sessionFor(settings);
        this.mimeMessages = new MimeMessages(session, settings, clock);
        this.failures = new SmtpFailures(settings);
    }

    /** A sender with these settings, dating its e-mails by the system clock. */
    public static JakartaMailSender create(MailSettings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** A sender with these settings, dating its e-mails (the {@code Date} header) by {@code clock}. */
    public static JakartaMailSender create(MailSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        return new JakartaMailSender(settings, clock);
    }

    /** The settings it sends with. */
    public MailSettings settings() {
        return settings;
    }

    /**
     * Sends the e-mail, returning once the server has accepted it.
     *
     * @throws MailDeliveryException saying whether trying again may help
     */
    @Override
    public void send(MailMessage message) {
        Objects.requireNonNull(message, "message");
        MimeMessage mime = mimeMessages.build(message);
        Transport transport = null;
        try {
            transport = session.getTransport(SmtpSessions.protocolOf(settings));
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            MailDeliveryException failure = failures.classify(e);
            LOG.debug("E-mail '{}' not sent: {}", message.subject(), failure.getMessage(), e);
            throw failure;
        } finally {
            closeQuietly(transport);
        }
        LOG.debug("E-mail '{}' to {} handed to {}", message.subject(), message.to(), settings.server());
    }

    /**
     * Once the server took the e-mail, a failing QUIT must not fail the send: the e-mail would go out twice.
     */
    private void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the connection to {} failed: {}", settings.server(), e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "JakartaMailSender[" + settings + "]";
    }
}
