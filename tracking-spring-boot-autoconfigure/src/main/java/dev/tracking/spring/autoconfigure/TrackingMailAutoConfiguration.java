package dev.tracking.spring.autoconfigure;

import dev.tracking.adapter.mail.EmailJobHandler;
import dev.tracking.adapter.mail.JakartaMailSender;
import dev.tracking.adapter.mail.MailNotifier;
import dev.tracking.adapter.mail.MailRecipients;
import dev.tracking.adapter.mail.MailTemplates;
import dev.tracking.adapter.mail.MawbDocuments;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.MailSender;
import dev.tracking.core.port.out.Notifier;
import dev.tracking.core.port.out.TrackingPersistence;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * E-mail, when {@code tracking-mail-adapter} is on the class path and {@code tracking.mail.enabled} is not false:
 *
 * <ul>
 *   <li>a {@link MailSender}: SMTP from {@code tracking.mail.*}, else from Spring's {@code spring.mail.*}, else the log
 *       ({@code LoggingMailSender}), so nothing fails without a server;</li>
 *   <li>the {@link Notifier}: a {@link MailOrLogNotifier}, whose {@link MailNotifier} queues an e-mail job per
 *       notification (reminders, dead-job alerts) in the caller's unit of work, for the topics that have recipients
 *       (the others are logged);</li>
 *   <li>the {@link EmailJobHandler} that sends them (run by the scheduler), with {@link MailTemplates},
 *       {@link MailRecipients} from {@code tracking.mail.recipients.*} and the MAWB's stored documents
 *       ({@link MawbDocuments}) on pre-alerts.</li>
 * </ul>
 *
 * Every bean backs off when the host declares one of the same type.
 */
@AutoConfiguration(after = {TrackingJdbiAutoConfiguration.class, TrackingJpaAutoConfiguration.class})
@ConditionalOnClass(JakartaMailSender.class)
@ConditionalOnBean(TrackingPersistence.class)
@ConditionalOnBooleanProperty(name = "tracking.mail.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TrackingProperties.class)
public class TrackingMailAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingMailAutoConfiguration.class);

    /** SMTP from {@code tracking.mail.*}, else {@code spring.mail.*}, else the log. */
    @Bean
    @ConditionalOnMissingBean(MailSender.class)
    public MailSender trackingMailSender(TrackingProperties properties, Environment environment) {
        return TrackingMailSenders.create(properties.getMail(), environment);
    }

    /** The default templates of every topic. */
    @Bean
    @ConditionalOnMissingBean(MailTemplates.class)
    public MailTemplates trackingMailTemplates() {
        return MailTemplates.defaults();
    }

    /** {@code tracking.mail.recipients.always} for every topic, plus {@code tracking.mail.recipients.topics}. */
    @Bean
    @ConditionalOnMissingBean(MailRecipients.class)
    public MailRecipients trackingMailRecipients(TrackingProperties properties) {
        TrackingProperties.Recipients recipients = properties.getMail().getRecipients();
        MailRecipients.Builder builder = MailRecipients.builder()
                .always(recipients.getAlways().stream().map(String::strip).toArray(String[]::new));
        recipients.byTopic().forEach((topic, addresses) -> builder.topic(topic,
                addresses.stream().map(String::strip).toArray(String[]::new)));
        if (recipients.getAlways().isEmpty() && recipients.getTopics().isEmpty()) {
            LOG.info("E-mail is on but no recipients are configured (tracking.mail.recipients.always / .topics): "
                    + "notifications are logged, not e-mailed");
        }
        return builder.build();
    }

    /** The MAWB's stored documents, up to {@code tracking.mail.max-attachment-size}, on pre-alerts. */
    @Bean
    @ConditionalOnMissingBean(MawbDocuments.class)
    public MawbDocuments trackingMawbDocuments(TrackingPlatform platform, AttachmentStorage storage,
            TrackingProperties properties) {
        return MawbDocuments.stored(platform.attachments(), storage,
                properties.getMail().getMaxAttachmentSize().toBytes());
    }

    /**
     * Queues an e-mail job per notification someone is to get, in the caller's unit of work; logs the notifications
     * whose topic has no recipients.
     */
    @Bean
    @ConditionalOnMissingBean(Notifier.class)
    public MailOrLogNotifier trackingMailNotifier(JobStore jobStore, Clock clock, MailRecipients recipients,
            ObjectProvider<IdGenerator> ids, TrackingProperties properties) {
        MailNotifier.Builder builder = MailNotifier.builder()
                .scheduler(jobStore)
                .clock(clock)
                .maxAttempts(properties.getMail().getMaxAttempts());
        IdGenerator generator = ids.getIfUnique();
        if (generator != null) {
            builder.idGenerator(generator);
        }
        return new MailOrLogNotifier(builder.build(), recipients);
    }

    /** Sends the e-mail jobs (type {@code email}); the scheduler runs it. */
    @Bean
    @ConditionalOnMissingBean(EmailJobHandler.class)
    public EmailJobHandler trackingEmailJobHandler(MailSender sender, MailTemplates templates,
            MailRecipients recipients, MawbDocuments documents) {
        return EmailJobHandler.builder()
                .sender(sender)
                .templates(templates)
                .recipients(recipients)
                .documents(documents)
                .build();
    }
}
