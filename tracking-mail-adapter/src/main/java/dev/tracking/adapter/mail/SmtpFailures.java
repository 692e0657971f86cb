package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailDeliveryException;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Decides whether a failed SMTP exchange is worth trying again, and says what happened in words that name the server
 * and its reply.
 *
 * <table>
 * <caption>Classification</caption>
 * <tr><th>What happened</th><th>Permanent?</th></tr>
 * <tr><td>a recipient refused with a 5xx reply ({@code 550 no such user})</td><td>yes</td></tr>
 * <tr><td>recipients refused with 4xx replies only ({@code 451 try later})</td><td>no</td></tr>
 * <tr><td>the sender or the message refused: 5xx / 4xx</td><td>yes / no</td></tr>
 * <tr><td>the login refused ({@code 535}); {@code 454} (temporary)</td><td>yes; no</td></tr>
 * <tr><td>STARTTLS required but not offered</td><td>yes</td></tr>
 * <tr><td>the server's TLS certificate not trusted, or not naming the host</td><td>yes</td></tr>
 * <tr><td>connection refused, unknown host, no route, timeouts, connection lost</td><td>no</td></tr>
 * <tr><td>a greeting other than 220 (such as {@code 421 busy}), anything else</td><td>no</td></tr>
 * </table>
 */
final class SmtpFailures {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5]\\d\\d)\\b");
    private static final int MAX_CAUSES = 32;

    private final MailSettings settings;

    SmtpFailures(MailSettings settings) {
        this.settings = settings;
    }

    MailDeliveryException classify(MessagingException failure) {
        List<Throwable> causes = causesOf(failure);
        String server = "SMTP server " + settings.server();

        AuthenticationFailedException login = first(causes, AuthenticationFailedException.class);
        if (login != null) {
            String reply = replyOf(login.getMessage());
            boolean temporary = replyCode(reply) / 100 == 4;
            return new MailDeliveryException(server + (temporary ? " temporarily refused" : " refused")
                    + " the login of user '" + settings.username() + "': " + reply, !temporary, failure);
        }

        List<SMTPAddressFailedException> recipients = all(causes, SMTPAddressFailedException.class);
        if (!recipients.isEmpty()) {
            List<SMTPAddressFailedException> rejected = recipients.stream()
                    .filter(r -> r.getReturnCode() / 100 != 4).toList();
            if (!rejected.isEmpty()) {
                return new MailDeliveryException(server + " rejected " + describe(rejected), true, failure);
            }
            return new MailDeliveryException(server + " deferred " + describe(recipients) + " (temporary)", false,
                    failure);
        }

        SMTPSenderFailedException sender = first(causes, SMTPSenderFailedException.class);
        if (sender != null) {
            boolean temporary = sender.getReturnCode() / 100 == 4;
            return new MailDeliveryException(server + (temporary ? " temporarily refused" : " refused")
                    + " the sender " + sender.getAddress() + ": " + replyOf(sender.getMessage()), !temporary,
                    failure);
        }

        SMTPSendFailedException message = first(causes, SMTPSendFailedException.class);
        if (message != null) {
            boolean temporary = message.getReturnCode() / 100 == 4;
            return new MailDeliveryException(server + (temporary ? " temporarily refused" : " refused") + " "
                    + whatWasRefused(message.getCommand()) + ": " + replyOf(message.getMessage()), !temporary,
                    failure);
        }

        SendFailedException invalid = first(causes, SendFailedException.class);
        if (invalid != null && invalid.getInvalidAddresses() != null && invalid.getInvalidAddresses().length > 0) {
            return new MailDeliveryException(server + " rejected recipient(s) "
                    + join(invalid.getInvalidAddresses()) + ": " + invalid.getMessage(), true, failure);
        }

        if (mentions(causes, "STARTTLS is required")) {
            return new MailDeliveryException(server + " does not offer STARTTLS, which the settings require "
                    + "(security STARTTLS): nothing was sent in clear", true, failure);
        }
        if (first(causes, CertificateException.class) != null || mentions(causes, "PKIX path")
                || mentions(causes, "Can't verify identity of server")) {
            return new MailDeliveryException(server + " presented a TLS certificate that is not trusted for "
                    + settings.host() + ": " + deepestMessage(causes), true, failure);
        }

        if (first(causes, ConnectException.class) != null) {
            return new MailDeliveryException(server + " refused the connection (is it running?): "
                    + first(causes, ConnectException.class).getMessage(), false, failure);
        }
        if (first(causes, UnknownHostException.class) != null) {
            return new MailDeliveryException(server + " cannot be found: unknown host " + settings.host(), false,
                    failure);
        }
        if (first(causes, NoRouteToHostException.class) != null) {
            return new MailDeliveryException(server + " cannot be reached: no route to host", false, failure);
        }
        if (first(causes, SocketTimeoutException.class) != null) {
            return new MailDeliveryException(server + " did not answer in time (connect timeout "
                    + settings.connectTimeout() + ", read timeout " + settings.readTimeout() + "): "
                    + first(causes, SocketTimeoutException.class).getMessage(), false, failure);
        }
        if (first(causes, IOException.class) != null) {
            return new MailDeliveryException(server + ": the connection failed: " + deepestMessage(causes), false,
                    failure);
        }
        return new MailDeliveryException(server + " did not take the e-mail: " + failure.getMessage(), false,
                failure);
    }

    private static String describe(List<SMTPAddressFailedException> recipients) {
        String replies = recipients.stream()
                .map(r -> r.getAddress().getAddress() + " (" + replyOf(r.getMessage()) + ")")
                .collect(Collectors.joining(", "));
        return (recipients.size() == 1 ? "recipient " : "recipients ") + replies;
    }

    /** "the sender a@b" for MAIL FROM, otherwise "the e-mail after DATA". */
    private static String whatWasRefused(String command) {
        if (command == null || command.isBlank()) {
            return "the e-mail";
        }
        String stripped = command.strip();
        if (stripped.toUpperCase(java.util.Locale.ROOT).startsWith("MAIL FROM:")) {
            return "the sender " + stripped.substring("MAIL FROM:".length()).replaceAll("[<>]", "").split("\\s+")[0];
        }
        return "the e-mail after " + stripped.split("\\s+")[0];
    }

    /** The server's reply without trailing line breaks, or a note that there was none. */
    private static String replyOf(String message) {
        return message == null || message.isBlank() ? "no reply given" : message.strip();
    }

    private static int replyCode(String reply) {
        Matcher matcher = REPLY_CODE.matcher(reply);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String join(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The failure, its next exceptions and causes, each once, outermost first. */
    private static List<Throwable> causesOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> causes = new ArrayList<>();
        List<Throwable> toVisit = new ArrayList<>(List.of(failure));
        while (!toVisit.isEmpty() && causes.size() < MAX_CAUSES) {
            Throwable next = toVisit.remove(0);
            if (next == null || !seen.add(next)) {
                continue;
            }
            causes.add(next);
            if (next instanceof MessagingException messaging) {
                toVisit.add(messaging.getNextException());
            }
            toVisit.add(next.getCause());
        }
        return causes;
    }

    private static <T> T first(List<Throwable> causes, Class<T> type) {
        return causes.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static <T> List<T> all(List<Throwable> causes, Class<T> type) {
        return causes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static boolean mentions(List<Throwable> causes, String text) {
        return causes.stream().anyMatch(c -> c.getMessage() != null && c.getMessage().contains(text));
    }

    private static String deepestMessage(List<Throwable> causes) {
        for (int i = causes.size() - 1; i >= 0; i--) {
            String message = causes.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                return message.strip();
            }
        }
        return causes.get(0).toString();
    }
}
