package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.adapter.mail.EmailJobHandler;
import dev.tracking.adapter.mail.JakartaMailSender;
import dev.tracking.adapter.mail.LoggingMailSender;
import dev.tracking.adapter.mail.EmailJob;
import dev.tracking.adapter.mail.MailRecipients;
import dev.tracking.adapter.mail.MailSettings;
import dev.tracking.adapter.mail.MailTemplates;
import dev.tracking.adapter.mail.MawbDocuments;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.MailSender;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.scheduler.TrackingScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** E-mail from tracking.mail.*, from spring.mail.*, or the log; recipients; switched off; host beans. */
class TrackingMailAutoConfigurationTest {

    private final ApplicationContextRunner runner = TestContexts.h2Runner();

    @Test
    void sendsThroughTheServerOfTrackingMail() {
        runner.withPropertyValues("tracking.mail.host=smtp.forwarder.example", "tracking.mail.port=2465",
                "tracking.mail.security=implicit-tls", "tracking.mail.username=tracking",
                "tracking.mail.password=secret", "tracking.mail.from=Tracking <tracking@forwarder.example>",
                "tracking.mail.reply-to=ops@forwarder.example", "tracking.mail.connect-timeout=3s",
                "tracking.mail.read-timeout=PT20S", "tracking.mail.write-timeout=25000ms",
                "tracking.mail.trusted-hosts=smtp.forwarder.example",
                "spring.mail.host=ignored.example").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MailSender.class)
                            .hasSingleBean(EmailJobHandler.class).hasSingleBean(MailOrLogNotifier.class)
                            .hasSingleBean(MailTemplates.class).hasSingleBean(MailRecipients.class)
                            .hasSingleBean(MawbDocuments.class);
                    assertThat(context.getBean(Notifier.class)).isInstanceOf(MailOrLogNotifier.class);
                    MailSettings settings = settingsOf(context.getBean(MailSender.class));
                    assertThat(settings.host()).isEqualTo("smtp.forwarder.example");
                    assertThat(settings.port()).isEqualTo(2465);
                    assertThat(settings.security()).isEqualTo(MailSettings.Security.IMPLICIT_TLS);
                    assertThat(settings.username()).isEqualTo("tracking");
                    assertThat(settings.password()).isEqualTo("secret");
                    assertThat(settings.from()).isEqualTo("Tracking <tracking@forwarder.example>");
                    assertThat(settings.replyTo()).isEqualTo("ops@forwarder.example");
                    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(settings.writeTimeout()).isEqualTo(Duration.ofSeconds(25));
                    assertThat(settings.trustedHosts()).containsExactly("smtp.forwarder.example");
                });
    }

    @Test
    void theDefaultsAreStartTlsOnItsPortWithTheAdaptersTimeouts() {
        runner.withPropertyValues("tracking.mail.host=smtp.forwarder.example",
                "tracking.mail.from=tracking@forwarder.example").run(context -> {
                    MailSettings settings = settingsOf(context.getBean(MailSender.class));
                    assertThat(settings.security()).isEqualTo(MailSettings.Security.STARTTLS);
                    assertThat(settings.port()).isEqualTo(587);
                    assertThat(settings.authenticates()).isFalse();
                    assertThat(settings.connectTimeout()).isEqualTo(MailSettings.DEFAULT_CONNECT_TIMEOUT);
                    assertThat(settings.readTimeout()).isEqualTo(MailSettings.DEFAULT_READ_TIMEOUT);
                    assertThat(settings.writeTimeout()).isEqualTo(MailSettings.DEFAULT_WRITE_TIMEOUT);
                });
    }

    @Test
    void fallsBackToSpringMail() {
        runner.withPropertyValues("spring.mail.host=mail.forwarder.example", "spring.mail.port=2587",
                "spring.mail.username=boot", "spring.mail.password=boot-secret",
                "spring.mail.properties.mail.smtp.from=boot@forwarder.example",
                "tracking.mail.reply-to=ops@forwarder.example").run(context -> {
                    assertThat(context).hasNotFailed();
                    MailSettings settings = settingsOf(context.getBean(MailSender.class));
                    assertThat(settings.host()).isEqualTo("mail.forwarder.example");
                    assertThat(settings.port()).isEqualTo(2587);
                    assertThat(settings.security()).isEqualTo(MailSettings.Security.STARTTLS);
                    assertThat(settings.username()).isEqualTo("boot");
                    assertThat(settings.password()).isEqualTo("boot-secret");
                    assertThat(settings.from()).isEqualTo("boot@forwarder.example");
                    assertThat(settings.replyTo()).isEqualTo("ops@forwarder.example");
                });
    }

    @Test
    void springMailWithSslIsImplicitTlsAndTrackingMailFromWins() {
        runner.withPropertyValues("spring.mail.host=mail.forwarder.example", "spring.mail.ssl.enabled=true",
                "spring.mail.properties.mail.smtp.from=boot@forwarder.example",
                "tracking.mail.from=tracking@forwarder.example").run(context -> {
                    MailSettings settings = settingsOf(context.getBean(MailSender.class));
                    assertThat(settings.security()).isEqualTo(MailSettings.Security.IMPLICIT_TLS);
                    assertThat(settings.port()).isEqualTo(465);
                    assertThat(settings.from()).isEqualTo("tracking@forwarder.example");
                });
    }

    @Test
    void springMailWithTrackingsSecurity() {
        runner.withPropertyValues("spring.mail.host=localhost", "spring.mail.port=25",
                "tracking.mail.security=NONE", "tracking.mail.from=tracking@forwarder.example").run(context -> {
                    MailSettings settings = settingsOf(context.getBean(MailSender.class));
                    assertThat(settings.security()).isEqualTo(MailSettings.Security.NONE);
                    assertThat(settings.port()).isEqualTo(25);
                });
    }

    @Test
    void logsTheMailsWithoutAnyServer() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EmailJobHandler.class);
            assertThat(context.getBean(MailSender.class)).isInstanceOf(LoggingMailSender.class);
            assertThat(context.getBean(Notifier.class)).isInstanceOf(MailOrLogNotifier.class);
        });
    }

    @Test
    void aServerWithoutSenderAddressFailsTheStart() {
        runner.withPropertyValues("tracking.mail.host=smtp.forwarder.example").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("tracking.mail.from"));
        runner.withPropertyValues("spring.mail.host=smtp.forwarder.example").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("tracking.mail.from"));
    }

    @Test
    void recipientsPerTopicFromTheProperties() {
        runner.withPropertyValues("tracking.mail.recipients.always=ops@forwarder.example",
                "tracking.mail.recipients.topics[reminder.ISC_PAYMENT]=accounts@forwarder.example",
                "tracking.mail.recipients.topics.pre-alert=imports@agent.example, ops@forwarder.example",
                "tracking.mail.recipients.topics[job.dead][0]=it@forwarder.example").run(context -> {
                    MailRecipients recipients = context.getBean(MailRecipients.class);
                    assertThat(recipients.resolve(notification("reminder.ISC_PAYMENT")))
                            .containsExactly("ops@forwarder.example", "accounts@forwarder.example");
                    assertThat(recipients.resolve(notification("reminder.PRE_ALERT")))
                            .containsExactly("ops@forwarder.example", "imports@agent.example");
                    assertThat(recipients.resolve(notification("job.dead")))
                            .containsExactly("ops@forwarder.example", "it@forwarder.example");
                    assertThat(recipients.resolve(notification("reminder.PICKUP")))
                            .containsExactly("ops@forwarder.example");
                });
    }

    @Test
    void notificationsOfTopicsWithoutRecipientsAreLoggedNotQueued() {
        runner.withPropertyValues("tracking.scheduler.enabled=false",
                "tracking.mail.recipients.topics.pre-alert=imports@agent.example").run(context -> {
                    Notifier notifier = context.getBean(Notifier.class);
                    JobStore jobs = context.getBean(JobStore.class);
                    notifier.send(notification("reminder.PICKUP"));
                    assertThat(TestContexts.jobsOf(jobs, EmailJob.TYPE)).isEmpty();
                    notifier.send(notification("reminder.PRE_ALERT"));
                    assertThat(TestContexts.jobsOf(jobs, EmailJob.TYPE)).singleElement()
                            .satisfies(job -> assertThat(job.payload()).containsEntry(EmailJob.TOPIC,
                                    "reminder.PRE_ALERT"));
                });
    }

    @Test
    void anAddressThatDoesNotParseFailsTheStart() {
        runner.withPropertyValues("tracking.mail.recipients.always=not an address").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("not an address"));
    }

    @Test
    void switchedOffNotificationsAreLogged() {
        runner.withPropertyValues("tracking.mail.enabled=false", "tracking.mail.host=smtp.forwarder.example")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(MailSender.class)
                            .doesNotHaveBean(EmailJobHandler.class).doesNotHaveBean(MailOrLogNotifier.class)
                            .hasSingleBean(Notifier.class).hasSingleBean(TrackingScheduler.class);
                });
    }

    @Test
    void withoutTheMailAdapterNotificationsAreLogged() {
        runner.withClassLoader(new FilteredClassLoader(JakartaMailSender.class)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MailSender.class)
                    .doesNotHaveBean(EmailJobHandler.class).hasSingleBean(Notifier.class)
                    .hasSingleBean(TrackingScheduler.class);
            assertThat(context.getBean(Notifier.class).getClass().getName()).doesNotContain("Mail");
        });
    }

    @Test
    void aHostsMailBeansReplaceTheAutoConfiguredOnes() {
        MailSender hostSender = message -> {
        };
        MailRecipients hostRecipients = notification -> java.util.List.of("host@forwarder.example");
        MailTemplates hostTemplates = MailTemplates.defaults();
        runner.withPropertyValues("tracking.mail.host=smtp.forwarder.example")
                .withBean(MailSender.class, () -> hostSender)
                .withBean(MailRecipients.class, () -> hostRecipients)
                .withBean(MailTemplates.class, () -> hostTemplates)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MailSender.class)
                            .hasSingleBean(EmailJobHandler.class);
                    assertThat(context.getBean(MailSender.class)).isSameAs(hostSender);
                    assertThat(context.getBean(MailRecipients.class)).isSameAs(hostRecipients);
                    assertThat(context.getBean(EmailJobHandler.class).toString()).contains(hostSender.toString());
                });
    }

    private static MailSettings settingsOf(MailSender sender) {
        assertThat(sender).isInstanceOf(JakartaMailSender.class);
        return ((JakartaMailSender) sender).settings();
    }

    private static Notification notification(String topic) {
        return new Notification(topic, MawbId.of(UUID.randomUUID()), Map.of(), Instant.now());
    }
}
