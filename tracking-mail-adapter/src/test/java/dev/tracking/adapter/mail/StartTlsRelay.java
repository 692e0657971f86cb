package dev.tracking.adapter.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An SMTP front end with STARTTLS for GreenMail, whose SMTP server does not offer STARTTLS: it greets the client,
 * offers nothing but STARTTLS, refuses every other command in clear ({@code 530}), upgrades the connection with
 * GreenMail's self-signed certificate, and from then on relays the encrypted session, decrypted, to GreenMail's plain
 * SMTP port, which does the login and takes the message. What it saw is kept per session, for the test to check on
 * the receiving side that the upgrade really happened before anything else.
 */
final class StartTlsRelay implements AutoCloseable {

    private static final String KEYSTORE = "greenmail.p12";
    private static final char[] KEYSTORE_PASSWORD = "changeit".toCharArray();

    private final ServerSocket socket;
    private final int upstreamPort;
    private final SSLContext tls;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    /** What one client session looked like from the server's side. */
    static final class Session {

        private final List<String> commandsInClear = new CopyOnWriteArrayList<>();
        private final ByteArrayOutputStream afterUpgrade = new ByteArrayOutputStream();
        private volatile String tlsProtocol;
        private volatile String cipherSuite;

        /** The commands the client sent before the upgrade (EHLO, STARTTLS). */
        List<String> commandsInClear() {
            return List.copyOf(commandsInClear);
        }

        /** The TLS version negotiated, or null when the session was never upgraded. */
        String tlsProtocol() {
            return tlsProtocol;
        }

        String cipherSuite() {
            return cipherSuite;
        }

        /** The verbs the client sent through TLS (EHLO, AUTH, MAIL, RCPT, DATA, ...), message lines left out. */
        List<String> verbsAfterUpgrade() {
            String text;
            synchronized (afterUpgrade) {
                text = afterUpgrade.toString(StandardCharsets.UTF_8);
            }
            List<String> verbs = new ArrayList<>();
            boolean inData = false;
            for (String line : text.split("\r\n")) {
                if (inData) {
                    inData = !line.equals(".");
                    continue;
                }
                String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
                if (verb.matches("[A-Z]{4,8}")) {
                    verbs.add(verb);
                }
                inData = verb.equals("DATA");
            }
            return verbs;
        }

        private void recordAfterUpgrade(byte[] bytes, int length) {
            synchronized (afterUpgrade) {
                afterUpgrade.write(bytes, 0, length);
            }
        }
    }

    private StartTlsRelay(int upstreamPort) throws IOException, GeneralSecurityException {
        this.upstreamPort = upstreamPort;
        this.tls = serverTls();
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "starttls-relay-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay in front of the plain SMTP server on {@code upstreamPort} of the loopback address. */
    static StartTlsRelay inFrontOf(int upstreamPort) throws IOException, GeneralSecurityException {
        return new StartTlsRelay(upstreamPort);
    }

    int port() {
        return socket.getLocalPort();
    }

    List<Session> sessions() {
        return List.copyOf(sessions);
    }

    private static SSLContext serverTls() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = StartTlsRelay.class.getClassLoader().getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IllegalStateException(KEYSTORE + " (GreenMail's test certificate) is not on the class path");
            }
            keys.load(in, KEYSTORE_PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, KEYSTORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Session session = new Session();
                sessions.add(session);
                daemon(() -> converse(client, session), "starttls-relay-session").start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client, Session session) {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            SmtpLines.write(out, "220 relay.test ESMTP (STARTTLS front end)");
            String line;
            while ((line = SmtpLines.read(in)) != null) {
                session.commandsInClear.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> {
                        SmtpLines.write(out, "250-relay.test");
                        SmtpLines.write(out, "250 STARTTLS");
                    }
                    case "STARTTLS" -> {
                        SmtpLines.write(out, "220 2.0.0 Ready to start TLS");
                        relayOverTls(client, session);
                        return;
                    }
                    case "QUIT" -> {
                        SmtpLines.write(out, "221 2.0.0 Bye");
                        client.close();
                        return;
                    }
                    default -> SmtpLines.write(out, "530 5.7.0 Must issue a STARTTLS command first");
                }
            }
            client.close();
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void relayOverTls(Socket client, Session session) throws IOException {
        SSLSocket secured = (SSLSocket) tls.getSocketFactory().createSocket(client, "127.0.0.1", client.getPort(),
                true);
        open.add(secured);
        secured.setUseClientMode(false);
        secured.startHandshake();
        session.tlsProtocol = secured.getSession().getProtocol();
        session.cipherSuite = secured.getSession().getCipherSuite();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
        open.add(upstream);
        InputStream fromUpstream = upstream.getInputStream();
        String greeting = SmtpLines.read(fromUpstream); // the client was greeted already, by the relay
        if (greeting == null || !greeting.startsWith("220")) {
            throw new IOException("GreenMail greeted with " + greeting);
        }
        Thread down = daemon(() -> pump(fromUpstream, secured, null), "starttls-relay-down");
        down.start();
        pump(secured.getInputStream(), upstream, session);
        closeQuietly(upstream);
        closeQuietly(secured);
    }

    private static void pump(InputStream from, Socket to, Session recordInto) {
        byte[] buffer = new byte[8192];
        try {
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = from.read(buffer)) != -1) {
                if (recordInto != null) {
                    recordInto.recordAfterUpgrade(buffer, read);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // one side hung up
        } catch (UnsupportedOperationException e) {
            closeQuietly(to); // SSL sockets cannot half-close
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
