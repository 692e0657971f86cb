package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.AGENT;
import static dev.tracking.adapter.mail.MailTestData.FROM;
import static dev.tracking.adapter.mail.MailTestData.NOW;
import static dev.tracking.adapter.mail.MailTestData.OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sender against GreenMail on the loopback address: what arrives is read back on the receiving side (GreenMail's
 * mailbox store), for plain SMTP, implicit TLS, and STARTTLS (through {@link StartTlsRelay}, since GreenMail's own
 * SMTP server offers no STARTTLS).
 */
class JakartaMailSenderGreenMailTest {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String USER = "tracking";
    private static final String PASSWORD = "s3cret!";
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private GreenMail greenMail;

    @BeforeEach
    void startGreenMail() {
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTPS)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withUser("tracking@forwarder.example", USER,
                PASSWORD));
        greenMail.start();
    }

    @AfterEach
    void stopGreenMail() {
        greenMail.stop();
    }

    private MailSettings.Builder plainSmtp() {
        return MailSettings.builder()
                .host(LOOPBACK)
                .port(greenMail.getSmtp().getPort())
                .security(MailSettings.Security.NONE)
                .from(FROM);
    }

    private static MailMessage preAlert(List<MailAttachment> attachments) {
        return new MailMessage(null, List.of(AGENT, OPS), List.of("audit@forwarder.example"), null,
                "Pre-alert AWB 020-12345675 Zürich → Tōkyō ✈ (12 pcs)",
                "Grüße aus Zürich!\nAWB 020-12345675, 12 Stück.", "<p>Grüße aus <b>Zürich</b> &amp; Tōkyō ✈</p>",
                attachments);
    }

    /** The message in the inbox of {@code address}: GreenMail delivers a copy to each recipient's inbox. */
    private MimeMessage receivedBy(String address) throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        assertThat(user).as("a mailbox for " + address).isNotNull();
        List<StoredMessage> inbox = greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
        assertThat(inbox).as("inbox of " + address).hasSize(1);
        return inbox.get(0).getMimeMessage();
    }

    private static String crlfToLf(Object content) {
        return content.toString().replace("\r\n", "\n");
    }

    @Nested
    class PlainSmtp {

        @Test
        void subjectTextAndHtmlAlternativeArriveIntactInUtf8() throws Exception {
            JakartaMailSender.create(plainSmtp().replyTo("ops-desk@forwarder.example").build(), CLOCK)
                    .send(preAlert(List.of()));

            assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
            MimeMessage received = receivedBy(AGENT);
            assertThat(received.getSubject()).isEqualTo("Pre-alert AWB 020-12345675 Zürich → Tōkyō ✈ (12 pcs)");
            assertThat(received.getHeader("Subject")[0]).as("encoded on the wire").startsWith("=?UTF-8?");
            assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
            assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(received.isMimeType("multipart/alternative")).isTrue();
            Multipart alternative = (Multipart) received.getContent();
            assertThat(alternative.getCount()).isEqualTo(2);
            BodyPart text = alternative.getBodyPart(0);
            BodyPart html = alternative.getBodyPart(1);
            assertThat(text.getContentType().toLowerCase(Locale.ROOT)).contains("text/plain").contains("utf-8");
            assertThat(html.getContentType().toLowerCase(Locale.ROOT)).contains("text/html").contains("utf-8");
            assertThat(crlfToLf(text.getContent())).isEqualTo("Grüße aus Zürich!\nAWB 020-12345675, 12 Stück.");
            assertThat(html.getContent().toString()).isEqualTo("<p>Grüße aus <b>Zürich</b> &amp; Tōkyō ✈</p>");
        }

        @Test
        void fromReplyToAndCcAreThoseOfTheSettingsAndTheMessage() throws Exception {
            JakartaMailSender.create(plainSmtp().replyTo("ops-desk@forwarder.example").build(), CLOCK)
                    .send(preAlert(List.of()));

            assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
            MimeMessage received = receivedBy(AGENT);
            InternetAddress from = (InternetAddress) received.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("tracking@forwarder.example");
            assertThat(from.getPersonal()).isEqualTo("Tracking Desk");
            assertThat(received.getReplyTo()).extracting(Object::toString)
                    .containsExactly("ops-desk@forwarder.example");
            assertThat(received.getRecipients(RecipientType.TO)).extracting(Object::toString)
                    .containsExactly(AGENT, OPS);
            assertThat(received.getRecipients(RecipientType.CC)).extracting(Object::toString)
                    .containsExactly("audit@forwarder.example");
            assertThat(receivedBy("audit@forwarder.example").getSubject()).as("the cc recipient's copy")
                    .isEqualTo(received.getSubject());
        }

        @Test
        void aMessageNamingItsOwnSenderAndReplyToKeepsThem() throws Exception {
            MailMessage message = new MailMessage("Imports Team <imports@forwarder.example>", List.of(AGENT),
                    List.of(), "claims@forwarder.example", "Claims", "See claim.", null, List.of());

            JakartaMailSender.create(plainSmtp().replyTo("ops-desk@forwarder.example").build(), CLOCK).send(message);

            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage received = receivedBy(AGENT);
            assertThat(received.getFrom()[0].toString()).isEqualTo("Imports Team <imports@forwarder.example>");
            assertThat(received.getReplyTo()[0].toString()).isEqualTo("claims@forwarder.example");
        }

        @Test
        void aPlainTextMessageIsTextPlainAlone() throws Exception {
            MailMessage message = new MailMessage(null, List.of(AGENT), List.of(), null, "Plain", "Nur Text: ÄÖÜ ß",
                    null, List.of());

            JakartaMailSender.create(plainSmtp().build(), CLOCK).send(message);

            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage received = receivedBy(AGENT);
            assertThat(received.isMimeType("text/plain")).isTrue();
            assertThat(received.getContentType().toLowerCase(Locale.ROOT)).contains("utf-8");
            assertThat(received.getContent()).isEqualTo("Nur Text: ÄÖÜ ß");
        }

        @Test
        void attachmentsArriveByteForByteAfterTheAlternativeBody() throws Exception {
            MailAttachment pdf = MailTestData.pdf();
            MailAttachment csv = MailTestData.csv();

            JakartaMailSender.create(plainSmtp().build(), CLOCK).send(preAlert(List.of(pdf, csv)));

            assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
            MimeMessage received = receivedBy(AGENT);
            assertThat(received.isMimeType("multipart/mixed")).isTrue();
            Multipart mixed = (Multipart) received.getContent();
            assertThat(mixed.getCount()).isEqualTo(3);
            assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
            Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
            assertThat(crlfToLf(alternative.getBodyPart(0).getContent())).startsWith("Grüße aus Zürich!");
            assertThat(alternative.getBodyPart(1).getContent().toString()).contains("<b>Zürich</b>");

            assertAttachment(mixed.getBodyPart(1), pdf);
            assertAttachment(mixed.getBodyPart(2), csv);
        }

        private void assertAttachment(BodyPart part, MailAttachment sent) throws Exception {
            assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(part.getDisposition());
            assertThat(MimeUtility.decodeText(part.getFileName())).isEqualTo(sent.fileName());
            assertThat(part.isMimeType(sent.mediaType())).as(part.getContentType()).isTrue();
            try (InputStream in = part.getInputStream()) {
                assertThat(in.readAllBytes()).as(sent.fileName()).isEqualTo(sent.content());
            }
        }

        @Test
        void anAddressThatDoesNotParseIsPermanentAndNothingIsSent() {
            MailMessage message = new MailMessage(null, List.of("not an address"), List.of(), null, "Subject",
                    "Text", null, List.of());

            MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                    () -> JakartaMailSender.create(plainSmtp().build(), CLOCK).send(message));

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageContaining("to address 'not an address' is not valid");
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }

    @Nested
    class ImplicitTls {

        private MailSettings.Builder smtps() {
            return MailSettings.builder()
                    .host(LOOPBACK)
                    .port(greenMail.getSmtps().getPort())
                    .security(MailSettings.Security.IMPLICIT_TLS)
                    .trustedHosts(LOOPBACK)
                    .from(FROM);
        }

        @Test
        void sendsOverTlsFromTheFirstByteWithALogin() throws Exception {
            JakartaMailSender.create(smtps().credentials(USER, PASSWORD).build(), CLOCK)
                    .send(preAlert(List.of(MailTestData.csv())));

            assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
            MimeMessage received = receivedBy(AGENT);
            assertThat(received.getSubject()).isEqualTo("Pre-alert AWB 020-12345675 Zürich → Tōkyō ✈ (12 pcs)");
            Multipart mixed = (Multipart) received.getContent();
            try (InputStream in = mixed.getBodyPart(1).getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(MailTestData.csv().content());
            }
        }

        @Test
        void aRefusedLoginIsPermanentAndNamesServerUserAndReply() {
            MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                    () -> JakartaMailSender.create(smtps().credentials(USER, "wrong").build(), CLOCK)
                            .send(preAlert(List.of())));

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageContaining("SMTP server 127.0.0.1:" + greenMail.getSmtps().getPort())
                    .hasMessageContaining("refused the login of user 'tracking'")
                    .hasMessageContaining("535");
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }

        @Test
        void aCertificateThatIsNotTrustedIsPermanent() {
            MailSettings untrusting = MailSettings.builder()
                    .host(LOOPBACK)
                    .port(greenMail.getSmtps().getPort())
                    .security(MailSettings.Security.IMPLICIT_TLS)
                    .from(FROM)
                    .build();

            MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                    () -> JakartaMailSender.create(untrusting, CLOCK).send(preAlert(List.of())));

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageContaining("TLS certificate that is not trusted");
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }

    @Nested
    class StartTls {

        @Test
        void upgradesBeforeAnythingElseThenLogsInAndSends() throws Exception {
            try (StartTlsRelay relay = StartTlsRelay.inFrontOf(greenMail.getSmtp().getPort())) {
                MailSettings settings = MailSettings.builder()
                        .host(LOOPBACK)
                        .port(relay.port())
                        .security(MailSettings.Security.STARTTLS)
                        .trustedHosts(LOOPBACK)
                        .credentials(USER, PASSWORD)
                        .from(FROM)
                        .build();

                JakartaMailSender.create(settings, CLOCK).send(preAlert(List.of(MailTestData.pdf())));

                assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
                assertThat(relay.sessions()).hasSize(1);
                StartTlsRelay.Session session = relay.sessions().get(0);
                assertThat(session.commandsInClear()).as("said in clear")
                        .extracting(c -> c.split(" ")[0]).containsExactly("EHLO", "STARTTLS");
                assertThat(session.tlsProtocol()).as("negotiated").startsWith("TLSv1.");
                assertThat(session.verbsAfterUpgrade()).as("said through TLS")
                        .containsSubsequence("EHLO", "AUTH", "MAIL", "RCPT", "DATA");
                MimeMessage received = receivedBy(AGENT);
                assertThat(received.getSubject()).isEqualTo("Pre-alert AWB 020-12345675 Zürich → Tōkyō ✈ (12 pcs)");
                try (InputStream in = ((Multipart) received.getContent()).getBodyPart(1).getInputStream()) {
                    assertThat(in.readAllBytes()).isEqualTo(MailTestData.pdf().content());
                }
                assertThat(GreenMailUtil.getHeaders(received)).contains("Auto-Submitted: auto-generated");
            }
        }

        @Test
        void aWrongPasswordThroughTlsIsPermanent() throws Exception {
            try (StartTlsRelay relay = StartTlsRelay.inFrontOf(greenMail.getSmtp().getPort())) {
                MailSettings settings = MailSettings.builder()
                        .host(LOOPBACK)
                        .port(relay.port())
                        .trustedHosts(LOOPBACK)
                        .credentials(USER, "wrong")
                        .from(FROM)
                        .build();

                MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                        () -> JakartaMailSender.create(settings, CLOCK).send(preAlert(List.of())));

                assertThat(failure.permanent()).isTrue();
                assertThat(failure).hasMessageContaining("refused the login of user 'tracking'");
                assertThat(relay.sessions().get(0).tlsProtocol()).isNotNull();
                assertThat(greenMail.getReceivedMessages()).isEmpty();
            }
        }

        @Test
        void anUntrustedCertificateStopsTheUpgradeAndNothingIsSent() throws Exception {
            try (StartTlsRelay relay = StartTlsRelay.inFrontOf(greenMail.getSmtp().getPort())) {
                MailSettings settings = MailSettings.builder()
                        .host(LOOPBACK)
                        .port(relay.port())
                        .credentials(USER, PASSWORD)
                        .from(FROM)
                        .build();

                MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                        () -> JakartaMailSender.create(settings, CLOCK).send(preAlert(List.of())));

                assertThat(failure.permanent()).isTrue();
                assertThat(failure).hasMessageContaining("TLS certificate that is not trusted");
                assertThat(relay.sessions().get(0).verbsAfterUpgrade()).isEmpty();
                assertThat(greenMail.getReceivedMessages()).isEmpty();
            }
        }

        @Test
        void aServerWithoutStartTlsIsRefusedBeforeTheLoginOrTheMessage() {
            MailSettings settings = MailSettings.builder()
                    .host(LOOPBACK)
                    .port(greenMail.getSmtp().getPort())
                    .security(MailSettings.Security.STARTTLS)
                    .credentials(USER, PASSWORD)
                    .from(FROM)
                    .build();

            MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                    () -> JakartaMailSender.create(settings, CLOCK).send(preAlert(List.of())));

            assertThat(failure.permanent()).isTrue();
            assertThat(failure).hasMessageContaining("does not offer STARTTLS");
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }
}
