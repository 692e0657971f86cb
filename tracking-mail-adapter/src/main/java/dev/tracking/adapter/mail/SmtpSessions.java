package dev.tracking.adapter.mail;

import jakarta.mail.Session;
import java.util.Properties;

/** Turns {@link MailSettings} into a Jakarta Mail session of its own (never the JVM-wide default session). */
final class SmtpSessions {

    /** {@code smtps} for implicit TLS, otherwise {@code smtp}. */
    static String protocolOf(MailSettings settings) {
        return settings.security() == MailSettings.Security.IMPLICIT_TLS ? "smtps" : "smtp";
    }

    static Session sessionFor(MailSettings settings) {
        return Session.getInstance(propertiesOf(settings));
    }

    static Properties propertiesOf(MailSettings settings) {
        String protocol = protocolOf(settings);
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty("mail.from", settings.from());
        properties.setProperty("mail.mime.charset", "UTF-8");
        properties.setProperty(prefix + "host", settings.host());
        properties.setProperty(prefix + "port", String.valueOf(settings.port()));
        properties.setProperty(prefix + "from", envelopeSender(settings));
        properties.setProperty(prefix + "connectiontimeout", millis(settings.connectTimeout()));
        properties.setProperty(prefix + "timeout", millis(settings.readTimeout()));
        properties.setProperty(prefix + "writetimeout", millis(settings.writeTimeout()));
        properties.setProperty(prefix + "auth", String.valueOf(settings.authenticates()));
        switch (settings.security()) {
            case NONE -> properties.setProperty(prefix + "starttls.enable", "false");
            case STARTTLS -> {
                properties.setProperty(prefix + "starttls.enable", "true");
                properties.setProperty(prefix + "starttls.required", "true");
            }
            case IMPLICIT_TLS -> properties.setProperty(prefix + "ssl.enable", "true");
        }
        properties.setProperty(prefix + "ssl.checkserveridentity", String.valueOf(settings.checkServerIdentity()));
        if (!settings.trustedHosts().isEmpty()) {
            properties.setProperty(prefix + "ssl.trust", String.join(" ", settings.trustedHosts()));
        }
        if (settings.sslSocketFactory() != null) {
            properties.put(prefix + "ssl.socketFactory", settings.sslSocketFactory());
        }
        return properties;
    }

    /** The bare address of the configured sender (MAIL FROM takes no display name). */
    private static String envelopeSender(MailSettings settings) {
        try {
            return MailAddresses.parse(settings.from()).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("checked when the settings were built", e);
        }
    }

    private static String millis(java.time.Duration duration) {
        return String.valueOf(duration.toMillis());
    }

    private SmtpSessions() {
    }
}
