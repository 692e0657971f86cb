package dev.tracking.spring.autoconfigure;

import dev.tracking.adapter.mail.JakartaMailSender;
import dev.tracking.adapter.mail.LoggingMailSender;
import dev.tracking.adapter.mail.MailSettings;
import dev.tracking.core.port.out.MailSender;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The {@link MailSender} the settings describe: SMTP from {@code tracking.mail.*} when {@code tracking.mail.host} is
 * set; else SMTP from Spring's {@code spring.mail.*} (host, port, login, SSL) with the sender, timeouts and trusted
 * hosts of {@code tracking.mail.*}; else the log.
 */
final class TrackingMailSenders {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingMailSenders.class);

    private TrackingMailSenders() {
    }

    /** The sender; the log when no SMTP server is configured. */
    static MailSender create(TrackingProperties.Mail mail, Environment environment) {
        MailSettings settings = settings(mail, environment);
        if (settings == null) {
            LOG.info("No SMTP server configured (tracking.mail.host or spring.mail.host): tracking e-mails are "
                    + "written to the log (logger {}), not sent", LoggingMailSender.DEFAULT_LOGGER);
            return LoggingMailSender.create();
        }
        LOG.info("Tracking e-mails go to {}", settings);
        return JakartaMailSender.create(settings);
    }

    /** The SMTP settings, or null when neither {@code tracking.mail.host} nor {@code spring.mail.host} is set. */
    static MailSettings settings(TrackingProperties.Mail mail, Environment environment) {
        if (StringUtils.hasText(mail.getHost())) {
            MailSettings.Security security = mail.getSecurity() != null
                    ? MailSettings.Security.valueOf(mail.getSecurity().name()) : MailSettings.Security.STARTTLS;
            return build(mail, mail.getHost().strip(), mail.getPort(), security, mail.getUsername(),
                    mail.getPassword(), mail.getFrom(), "tracking.mail.host");
        }
        SpringMail spring = Binder.get(environment).bind("spring.mail", SpringMail.class).orElse(null);
        if (spring == null || !StringUtils.hasText(spring.getHost())) {
            return null;
        }
        MailSettings.Security security = mail.getSecurity() != null
                ? MailSettings.Security.valueOf(mail.getSecurity().name()) : spring.security();
        String from = StringUtils.hasText(mail.getFrom()) ? mail.getFrom() : spring.getProperties().get("mail.smtp.from");
        return build(mail, spring.getHost().strip(), spring.getPort(), security, spring.getUsername(),
                spring.getPassword(), from, "spring.mail.host");
    }

    private static MailSettings build(TrackingProperties.Mail mail, String host, Integer port,
            MailSettings.Security security, String username, String password, String from, String hostProperty) {
        if (!StringUtils.hasText(from)) {
            throw new InvalidConfigurationPropertyValueException("tracking.mail.from", null,
                    "The sender address is required once an SMTP server is configured (" + hostProperty + "=" + host
                            + "); or switch e-mail off with tracking.mail.enabled=false");
        }
        MailSettings.Builder builder = MailSettings.builder()
                .host(host)
                .security(security)
                .from(from.strip())
                .connectTimeout(mail.getConnectTimeout())
                .readTimeout(mail.getReadTimeout())
                .writeTimeout(mail.getWriteTimeout())
                .trustedHosts(mail.getTrustedHosts());
        if (port != null) {
            builder.port(port);
        }
        if (StringUtils.hasText(mail.getReplyTo())) {
            builder.replyTo(mail.getReplyTo().strip());
        }
        if (StringUtils.hasLength(username) || password != null) {
            builder.credentials(username, password);
        }
        if (mail.isAllowPlaintextAuthentication()) {
            builder.allowPlaintextAuthentication();
        }
        return builder.build();
    }

    /** What is needed of Spring's {@code spring.mail.*} (Spring Boot's {@code MailProperties}), bound here. */
    public static class SpringMail {

        private String host;
        private Integer port;
        private String username;
        private String password;
        private String protocol = "smtp";
        private Map<String, String> properties = new LinkedHashMap<>();
        private final Ssl ssl = new Ssl();

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public Integer getPort() {
            return port;
        }

        public void setPort(Integer port) {
            this.port = port;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getProtocol() {
            return protocol;
        }

        public void setProtocol(String protocol) {
            this.protocol = protocol;
        }

        public Map<String, String> getProperties() {
            return properties;
        }

        public void setProperties(Map<String, String> properties) {
            this.properties = properties;
        }

        public Ssl getSsl() {
            return ssl;
        }

        /**
         * Implicit TLS when the settings ask for SSL ({@code spring.mail.ssl.enabled}, protocol {@code smtps},
         * {@code mail.smtp.ssl.enable}), else STARTTLS, required.
         */
        MailSettings.Security security() {
            boolean ssl = this.ssl.isEnabled() || "smtps".equalsIgnoreCase(protocol)
                    || isTrue(properties.get("mail.smtp.ssl.enable"));
            return ssl ? MailSettings.Security.IMPLICIT_TLS : MailSettings.Security.STARTTLS;
        }

        private static boolean isTrue(String value) {
            return value != null && value.strip().toLowerCase(Locale.ROOT).equals("true");
        }
    }

    /** {@code spring.mail.ssl.*}. */
    public static class Ssl {

        private boolean enabled;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
