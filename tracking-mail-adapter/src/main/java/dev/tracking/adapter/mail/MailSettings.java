package dev.tracking.adapter.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;

/**
 * How to reach the SMTP server and who the e-mails are from. Build one with {@link #builder()}; every problem is
 * reported at once as a {@link MailConfigurationException}.
 *
 * <pre>{@code
 * MailSettings settings = MailSettings.builder()
 *         .host("smtp.forwarder.example")          // port 587 follows from STARTTLS
 *         .security(MailSettings.Security.STARTTLS)
 *         .credentials("tracking", secret)
 *         .from("Tracking <tracking@forwarder.example>")
 *         .replyTo("ops@forwarder.example")
 *         .build();
 * }</pre>
 *
 * @param host                         the SMTP server's name or address
 * @param port                         its port (default by security: 25, 587 or 465)
 * @param security                     how the connection is protected
 * @param username                     the login, or null when the server needs none
 * @param password                     the login's password, or null with no login; never shown by {@link #toString()}
 * @param from                         the sender of every e-mail that names none, and the envelope sender (MAIL
 *                                     FROM, where bounces go) of every e-mail
 * @param replyTo                      where replies go when an e-mail names no reply-to, or null
 * @param connectTimeout               how long to wait for the connection
 * @param readTimeout                  how long to wait for each reply of the server
 * @param writeTimeout                 how long writing one block of the message may take
 * @param trustedHosts                 hosts whose TLS certificate is accepted without any check (self-signed test
 *                                     servers, a relay on a private network); empty: certificates are checked
 * @param sslSocketFactory             a factory for the TLS sockets (a custom trust store), or null for the JVM's
 * @param checkServerIdentity          whether the certificate must name the host (off for {@code trustedHosts})
 * @param plaintextAuthenticationAllowed whether a login may be sent without TLS ({@link Security#NONE})
 */
public record MailSettings(String host, int port, Security security, String username, String password, String from,
        String replyTo, Duration connectTimeout, Duration readTimeout, Duration writeTimeout, Set<String> trustedHosts,
        SSLSocketFactory sslSocketFactory, boolean checkServerIdentity, boolean plaintextAuthenticationAllowed) {

    /** How long to wait for the connection unless configured: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long to wait for each server reply unless configured: 30 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** How long writing one block may take unless configured: 30 seconds. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** No TLS at all: only for a relay on the same machine or a test server. Default port 25. */
        NONE(25),
        /**
         * Starts in clear and upgrades with STARTTLS before anything else is said; a server that does not offer
         * STARTTLS is refused. Default port 587 (submission).
         */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). Default port 465. */
        IMPLICIT_TLS(465);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        /** The port this kind of server usually listens on. */
        public int defaultPort() {
            return defaultPort;
        }
    }

    /** Checks everything and reports every problem at once. */
    public MailSettings {
        trustedHosts = trustedHosts == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(trustedHosts));
        List<String> problems = new ArrayList<>();
        if (host == null || host.isBlank()) {
            problems.add("host is missing");
        } else if (!host.strip().equals(host) || host.chars().anyMatch(Character::isWhitespace)) {
            problems.add("host '" + host + "' must not contain spaces");
        }
        if (port < 1 || port > 65_535) {
            problems.add("port " + port + " is not between 1 and 65535");
        }
        if (security == null) {
            problems.add("security is missing");
        }
        boolean hasUser = username != null && !username.isEmpty();
        boolean hasPassword = password != null;
        if (hasUser != hasPassword) {
            problems.add(hasUser ? "username is given without a password" : "password is given without a username");
        }
        if (hasUser && security == Security.NONE && !plaintextAuthenticationAllowed) {
            problems.add("a login over a connection without TLS would send the password in clear: use STARTTLS or "
                    + "IMPLICIT_TLS, or allow plaintext authentication explicitly");
        }
        MailAddresses.check(from, "from", problems);
        if (replyTo != null) {
            MailAddresses.check(replyTo, "replyTo", problems);
        }
        checkTimeout(connectTimeout, "connectTimeout", problems);
        checkTimeout(readTimeout, "readTimeout", problems);
        checkTimeout(writeTimeout, "writeTimeout", problems);
        for (String trusted : trustedHosts) {
            if (trusted == null || trusted.isBlank() || trusted.chars().anyMatch(Character::isWhitespace)) {
                problems.add("trusted host '" + trusted + "' must be a host name without spaces");
            }
        }
        MailConfigurationException.throwIfAny("MailSettings", problems);
    }

    private static void checkTimeout(Duration timeout, String field, List<String> problems) {
        if (timeout == null) {
            problems.add(field + " is missing");
        } else if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            problems.add(field + " " + timeout + " must be positive and below 24 days");
        }
    }

    /** A builder with the defaults: STARTTLS, its port, the default timeouts, certificates checked. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the server is logged in to. */
    public boolean authenticates() {
        return username != null && !username.isEmpty();
    }

    /** {@code host:port}, for messages. */
    public String server() {
        return host + ":" + port;
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .host(host)
                .port(port)
                .security(security)
                .from(from)
                .replyTo(replyTo)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(writeTimeout)
                .trustedHosts(trustedHosts)
                .sslSocketFactory(sslSocketFactory)
                .checkServerIdentity(checkServerIdentity);
        builder.username = username;
        builder.password = password;
        builder.plaintextAuthenticationAllowed = plaintextAuthenticationAllowed;
        return builder;
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "MailSettings[" + server() + ", " + security + (authenticates() ? ", user " + username : "")
                + ", from " + from + (replyTo != null ? ", replyTo " + replyTo : "")
                + ", timeouts " + connectTimeout + "/" + readTimeout + "/" + writeTimeout
                + (trustedHosts.isEmpty() ? "" : ", trusting " + trustedHosts)
                + (sslSocketFactory != null ? ", custom SSLSocketFactory" : "")
                + (checkServerIdentity ? "" : ", server identity not checked") + "]";
    }

    /** Builds {@link MailSettings}; {@link #build()} checks everything at once. */
    public static final class Builder {

        private String host;
        private Integer port;
        private Security security = Security.STARTTLS;
        private String username;
        private String password;
        private String from;
        private String replyTo;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
        private final Set<String> trustedHosts = new LinkedHashSet<>();
        private SSLSocketFactory sslSocketFactory;
        private Boolean checkServerIdentity;
        private boolean plaintextAuthenticationAllowed;

        private Builder() {
        }

        /** The SMTP server's name or address (required). */
        public Builder host(String newHost) {
            this.host = newHost;
            return this;
        }

        /** The server's port; default {@link Security#defaultPort()} of the security. */
        public Builder port(int newPort) {
            this.port = newPort;
            return this;
        }

        /** How the connection is protected; default {@link Security#STARTTLS}. */
        public Builder security(Security newSecurity) {
            this.security = newSecurity;
            return this;
        }

        /** Logs in with these credentials (both required together). */
        public Builder credentials(String newUsername, String newPassword) {
            this.username = newUsername;
            this.password = newPassword;
            return this;
        }

        /**
         * Allows a login over {@link Security#NONE}, which sends the password in clear: only for a relay on the same
         * machine or a test server.
         */
        public Builder allowPlaintextAuthentication() {
            this.plaintextAuthenticationAllowed = true;
            return this;
        }

        /** The sender of every e-mail that names none, such as {@code Tracking <tracking@forwarder.example>}. */
        public Builder from(String address) {
            this.from = address;
            return this;
        }

        /** Where replies go when an e-mail names no reply-to; default none. */
        public Builder replyTo(String address) {
            this.replyTo = address;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = timeout;
            return this;
        }

        /**
         * Accepts the TLS certificate of these hosts without any check, and does not check that it names the host:
         * for a test server with a self-signed certificate (such as GreenMail's) or a relay on a private network. It
         * gives up the protection against a man in the middle for those hosts.
         */
        public Builder trustedHosts(String... hosts) {
            return trustedHosts(List.of(hosts));
        }

        /** As {@link #trustedHosts(String...)}. */
        public Builder trustedHosts(java.util.Collection<String> hosts) {
            Objects.requireNonNull(hosts, "hosts").forEach(trustedHosts::add);
            return this;
        }

        /** TLS sockets come from this factory (say, one trusting a company CA); default the JVM's. */
        public Builder sslSocketFactory(SSLSocketFactory factory) {
            this.sslSocketFactory = factory;
            return this;
        }

        /**
         * Whether the server's certificate must name the host; default yes, except when the host is one of the
         * {@link #trustedHosts trusted hosts}.
         */
        public Builder checkServerIdentity(boolean check) {
            this.checkServerIdentity = check;
            return this;
        }

        /** @throws MailConfigurationException naming every problem */
        public MailSettings build() {
            int effectivePort = port != null ? port : security != null ? security.defaultPort() : 0;
            boolean identity = checkServerIdentity != null ? checkServerIdentity : !trustedHosts.contains(host);
            return new MailSettings(host, effectivePort, security, username, password, from, replyTo, connectTimeout,
                    readTimeout, writeTimeout, trustedHosts, sslSocketFactory, identity,
                    plaintextAuthenticationAllowed);
        }
    }
}
