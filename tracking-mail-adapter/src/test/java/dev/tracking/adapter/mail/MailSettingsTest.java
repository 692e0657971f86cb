package dev.tracking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings.Builder valid() {
        return MailSettings.builder().host("smtp.forwarder.example").from("Tracking <tracking@forwarder.example>");
    }

    @Test
    void defaultsAreStartTlsOnTheSubmissionPortWithCertificatesChecked() {
        MailSettings settings = valid().build();

        assertThat(settings.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.connectTimeout()).isEqualTo(MailSettings.DEFAULT_CONNECT_TIMEOUT)
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(MailSettings.DEFAULT_READ_TIMEOUT);
        assertThat(settings.writeTimeout()).isEqualTo(MailSettings.DEFAULT_WRITE_TIMEOUT);
        assertThat(settings.checkServerIdentity()).isTrue();
        assertThat(settings.trustedHosts()).isEmpty();
        assertThat(settings.authenticates()).isFalse();
    }

    @Test
    void thePortFollowsTheSecurity() {
        assertThat(valid().security(MailSettings.Security.IMPLICIT_TLS).build().port()).isEqualTo(465);
        assertThat(valid().security(MailSettings.Security.NONE).build().port()).isEqualTo(25);
        assertThat(valid().security(MailSettings.Security.NONE).port(2525).build().port()).isEqualTo(2525);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> MailSettings.builder().port(0).credentials("user", null).from("not an address")
                .replyTo("also wrong").readTimeout(Duration.ZERO).build())
                .isInstanceOf(MailConfigurationException.class)
                .satisfies(e -> assertThat(((MailConfigurationException) e).problems()).containsExactly(
                        "host is missing",
                        "port 0 is not between 1 and 65535",
                        "username is given without a password",
                        "from 'not an address' is not a valid e-mail address (Local address contains control or "
                                + "whitespace)",
                        "replyTo 'also wrong' is not a valid e-mail address (Local address contains control or "
                                + "whitespace)",
                        "readTimeout PT0S must be positive and below 24 days"));
    }

    @Test
    void aLoginWithoutTlsMustBeAllowedExplicitly() {
        MailSettings.Builder plain = valid().security(MailSettings.Security.NONE).credentials("user", "pw");

        assertThatThrownBy(plain::build).isInstanceOf(MailConfigurationException.class)
                .hasMessageContaining("would send the password in clear");
        assertThat(plain.allowPlaintextAuthentication().build().authenticates()).isTrue();
    }

    @Test
    void thePasswordIsNeverShown() {
        MailSettings settings = valid().credentials("tracking", "very-secret").build();

        assertThat(settings.toString()).contains("tracking").doesNotContain("very-secret");
    }

    @Test
    void aTrustedHostIsNotCheckedForItsIdentity() {
        MailSettings trusting = valid().host("127.0.0.1").trustedHosts("127.0.0.1").build();
        MailSettings trustingAnother = valid().trustedHosts("relay.internal").build();

        assertThat(trusting.checkServerIdentity()).isFalse();
        assertThat(trustingAnother.checkServerIdentity()).isTrue();
        assertThat(valid().host("127.0.0.1").trustedHosts("127.0.0.1").checkServerIdentity(true).build()
                .checkServerIdentity()).isTrue();
    }

    @Test
    void toBuilderKeepsEverything() {
        MailSettings settings = valid().credentials("u", "p").replyTo("ops@forwarder.example")
                .trustedHosts("smtp.forwarder.example").connectTimeout(Duration.ofSeconds(3)).build();

        assertThat(settings.toBuilder().build()).isEqualTo(settings);
        assertThat(settings.toBuilder().port(2587).build().port()).isEqualTo(2587);
    }

    @Test
    void theSessionPropertiesFollowTheSettings() {
        Properties startTls = SmtpSessions.propertiesOf(valid().credentials("u", "p").build());
        Properties implicit = SmtpSessions.propertiesOf(valid().security(MailSettings.Security.IMPLICIT_TLS)
                .trustedHosts("smtp.forwarder.example").build());

        assertThat(startTls).containsEntry("mail.transport.protocol", "smtp")
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.from", "tracking@forwarder.example")
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.ssl.trust");
        assertThat(implicit).containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.ssl.enable", "true")
                .containsEntry("mail.smtps.port", "465")
                .containsEntry("mail.smtps.ssl.trust", "smtp.forwarder.example")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "false");
    }
}
