package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.FROM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the sender classifies what goes wrong, against {@link ScriptedSmtpServer} (which refuses as told) and a closed
 * port: permanent when trying again cannot help, transient otherwise, and always naming the server and its reply.
 */
class JakartaMailSenderFailureTest {

    private static final String NOBODY = "nobody@agent.example";
    private static final MailMessage MESSAGE = new MailMessage(null, List.of("imports@agent.example", NOBODY),
            List.of(), null, "Pre-alert AWB 020-12345675", "Text", "<p>HTML</p>", List.of());

    private static MailSettings.Builder settingsFor(int port) {
        return MailSettings.builder()
                .host("127.0.0.1")
                .port(port)
                .security(MailSettings.Security.NONE)
                .from(FROM)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2));
    }

    private static MailDeliveryException sendTo(ScriptedSmtpServer server) {
        return sendWith(settingsFor(server.port()).build());
    }

    private static MailDeliveryException sendWith(MailSettings settings) {
        return catchThrowableOfType(MailDeliveryException.class,
                () -> JakartaMailSender.create(settings).send(MESSAGE));
    }

    @Test
    void aRecipientRefusedWith550IsPermanentAndNamedWithTheReply() throws IOException {
        ScriptedSmtpServer.Script script = ScriptedSmtpServer.Script.accepting()
                .rcpt(address -> address.equals(NOBODY) ? "550 5.1.1 <" + address + ">: Recipient address rejected"
                        : "250 2.1.5 Ok");
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(script)) {
            MailDeliveryException failure = sendTo(server);

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessage("SMTP server 127.0.0.1:" + server.port() + " rejected recipient "
                    + NOBODY + " (550 5.1.1 <" + NOBODY + ">: Recipient address rejected)");
            assertThat(server.verbs()).as("nothing sent to the others either").doesNotContain("DATA");
        }
    }

    @Test
    void aRecipientRefusedWith553IsPermanent() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .rcpt(address -> "553 5.1.3 Bad recipient address syntax"))) {
            MailDeliveryException failure = sendTo(server);

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageContaining("rejected recipients imports@agent.example (553");
        }
    }

    @Test
    void recipientsDeferredWith451AreTransient() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .rcpt(address -> "451 4.3.0 Mailbox temporarily unavailable, try again later"))) {
            MailDeliveryException failure = sendTo(server);

            assertThat(failure.permanent()).isFalse();
            assertThat(failure).hasMessageContaining("SMTP server 127.0.0.1:" + server.port() + " deferred")
                    .hasMessageContaining("451 4.3.0 Mailbox temporarily unavailable");
        }
    }

    @Test
    void oneRecipientRefusedAndOneDeferredIsPermanent() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .rcpt(address -> address.equals(NOBODY) ? "550 5.1.1 No such user" : "452 4.2.2 Mailbox full"))) {
            MailDeliveryException failure = sendTo(server);

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageContaining("rejected recipient " + NOBODY + " (550 5.1.1 No such user)");
        }
    }

    @Test
    void aSenderRefusedWith553IsPermanentAnd451Transient() throws IOException {
        try (ScriptedSmtpServer refusing = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .mail("553 5.7.1 Sender address rejected: not owned by user"));
                ScriptedSmtpServer deferring = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                        .mail("451 4.7.1 Greylisted, try again later"))) {
            MailDeliveryException refused = sendTo(refusing);
            MailDeliveryException deferred = sendTo(deferring);

            assertThat(refused.permanent()).isTrue();
            assertThat(refused).hasMessageContaining("refused the sender tracking@forwarder.example: 553 5.7.1");
            assertThat(deferred.permanent()).isFalse();
            assertThat(deferred).hasMessageContaining("temporarily refused the sender")
                    .hasMessageContaining("451 4.7.1 Greylisted");
        }
    }

    @Test
    void aMessageRefusedAfterDataWith554IsPermanentAnd452Transient() throws IOException {
        try (ScriptedSmtpServer refusing = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .data("554 5.6.0 Message content rejected"));
                ScriptedSmtpServer deferring = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                        .data("452 4.3.1 Insufficient system storage"))) {
            MailDeliveryException refused = sendTo(refusing);
            MailDeliveryException deferred = sendTo(deferring);

            assertThat(refused.permanent()).isTrue();
            assertThat(refused).hasMessageContaining("refused the e-mail").hasMessageContaining("554 5.6.0");
            assertThat(deferred.permanent()).isFalse();
            assertThat(deferred).hasMessageContaining("temporarily refused the e-mail")
                    .hasMessageContaining("452 4.3.1");
        }
    }

    @Test
    void aGreetingOf421IsTransient() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .greeting("421 4.3.2 Service not available, closing transmission channel"))) {
            MailDeliveryException failure = sendTo(server);

            assertThat(failure.permanent()).isFalse();
            assertThat(failure).hasMessageContaining("SMTP server 127.0.0.1:" + server.port())
                    .hasMessageContaining("421");
        }
    }

    @Test
    void aLoginRefusedWith535IsPermanentAnd454Transient() throws IOException {
        try (ScriptedSmtpServer refusing = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                .auth("535 5.7.8 Authentication credentials invalid"));
                ScriptedSmtpServer deferring = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting()
                        .auth("454 4.7.0 Temporary authentication failure"))) {
            MailDeliveryException refused = sendWith(settingsFor(refusing.port()).credentials("tracking", "pw")
                    .allowPlaintextAuthentication().build());
            MailDeliveryException deferred = sendWith(settingsFor(deferring.port()).credentials("tracking", "pw")
                    .allowPlaintextAuthentication().build());

            assertThat(refused.permanent()).isTrue();
            assertThat(refused).hasMessage("SMTP server 127.0.0.1:" + refusing.port()
                    + " refused the login of user 'tracking': 535 5.7.8 Authentication credentials invalid");
            assertThat(deferred.permanent()).isFalse();
            assertThat(deferred).hasMessageContaining("temporarily refused the login")
                    .hasMessageContaining("454 4.7.0");
        }
    }

    @Test
    void startTlsRequiredButNotOfferedIsPermanentAndNothingIsSaidInClear() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting())) {
            MailDeliveryException failure = sendWith(settingsFor(server.port())
                    .security(MailSettings.Security.STARTTLS).build());

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageContaining("does not offer STARTTLS");
            assertThat(server.verbs()).doesNotContain("AUTH", "MAIL", "RCPT", "DATA");
        }
    }

    @Test
    void aClosedPortIsTransient() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }

        MailDeliveryException failure = sendWith(settingsFor(closedPort).build());

        assertThat(failure.permanent()).isFalse();
        assertThat(failure).hasMessageStartingWith("SMTP server 127.0.0.1:" + closedPort
                + " refused the connection (is it running?)");
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndIsTransient() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting().silent())) {
            MailDeliveryException failure = sendWith(settingsFor(server.port())
                    .readTimeout(Duration.ofMillis(300)).build());

            assertThat(failure.permanent()).isFalse();
            assertThat(failure).hasMessageContaining("did not answer in time");
        }
    }

    @Test
    void anUnknownHostIsTransient() {
        MailDeliveryException failure = sendWith(settingsFor(25).host("smtp.does-not-exist.invalid").build());

        assertThat(failure.permanent()).isFalse();
        assertThat(failure).hasMessageContaining("smtp.does-not-exist.invalid:25");
    }

    @Test
    void anAcceptedMessageArrivesWhole() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(ScriptedSmtpServer.Script.accepting())) {
            JakartaMailSender.create(settingsFor(server.port()).build()).send(MESSAGE);

            assertThat(server.verbs()).containsSubsequence("EHLO", "MAIL", "RCPT", "RCPT", "DATA", "QUIT");
            assertThat(server.commands()).contains("MAIL FROM:<tracking@forwarder.example>");
            assertThat(server.messages()).singleElement().asString()
                    .contains("Subject: Pre-alert AWB 020-12345675");
        }
    }
}
