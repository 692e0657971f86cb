package dev.tracking.adapter.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A tiny SMTP server on a loopback port that answers as a test scripts it: a recipient refused with 550, or deferred
 * with 451; a greeting of 421; a login refused with 535; a message refused after DATA; or no answer at all. It
 * records the commands it received. GreenMail accepts every recipient, so these replies need a server of their own.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Script script;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    /** How the server answers; every reply defaults to success. */
    record Script(String greeting, boolean offerAuth, String authReply, String mailReply,
            UnaryOperator<String> rcptReply, String dataReply, boolean saysNothing) {

        static Script accepting() {
            return new Script("220 scripted.test ESMTP", false, "235 2.7.0 Authentication successful",
                    "250 2.1.0 Ok", address -> "250 2.1.5 Ok", "250 2.0.0 Ok: queued", false);
        }

        Script greeting(String reply) {
            return new Script(reply, offerAuth, authReply, mailReply, rcptReply, dataReply, saysNothing);
        }

        Script auth(String reply) {
            return new Script(greeting, true, reply, mailReply, rcptReply, dataReply, saysNothing);
        }

        Script mail(String reply) {
            return new Script(greeting, offerAuth, authReply, reply, rcptReply, dataReply, saysNothing);
        }

        /** The reply to {@code RCPT TO} by the address (as the client wrote it, without angle brackets). */
        Script rcpt(UnaryOperator<String> reply) {
            return new Script(greeting, offerAuth, authReply, mailReply, reply, dataReply, saysNothing);
        }

        Script data(String reply) {
            return new Script(greeting, offerAuth, authReply, mailReply, rcptReply, reply, saysNothing);
        }

        /** Accepts connections and never says a word. */
        Script silent() {
            return new Script(greeting, offerAuth, authReply, mailReply, rcptReply, dataReply, true);
        }
    }

    private ScriptedSmtpServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "scripted-smtp-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedSmtpServer start(Script script) throws IOException {
        return new ScriptedSmtpServer(script);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Every command received (the verb and its argument, as sent), over all connections. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    /** The verbs received, upper case: EHLO, MAIL, RCPT, ... */
    List<String> verbs() {
        return commands.stream().map(c -> c.split("[ :]", 2)[0].toUpperCase(Locale.ROOT)).toList();
    }

    /** The messages taken after DATA and accepted. */
    List<String> messages() {
        return List.copyOf(messages);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.add(connection);
                Thread handler = new Thread(() -> converse(connection), "scripted-smtp-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket connection) {
        try (connection; InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream()) {
            if (script.saysNothing()) {
                while (in.read() != -1) {
                    // says nothing, reads until the client gives up
                }
                return;
            }
            SmtpLines.write(out, script.greeting());
            if (!script.greeting().startsWith("220")) {
                return;
            }
            String line;
            while ((line = SmtpLines.read(in)) != null) {
                commands.add(line);
                String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> {
                        SmtpLines.write(out, "250-scripted.test");
                        if (script.offerAuth()) {
                            SmtpLines.write(out, "250-AUTH PLAIN LOGIN");
                        }
                        SmtpLines.write(out, "250 8BITMIME");
                    }
                    case "HELO" -> SmtpLines.write(out, "250 scripted.test");
                    case "AUTH" -> authenticate(line, in, out);
                    case "MAIL" -> SmtpLines.write(out, script.mailReply());
                    case "RCPT" -> SmtpLines.write(out, script.rcptReply().apply(addressOf(line)));
                    case "DATA" -> takeMessage(in, out);
                    case "RSET", "NOOP" -> SmtpLines.write(out, "250 2.0.0 Ok");
                    case "QUIT" -> {
                        SmtpLines.write(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> SmtpLines.write(out, "502 5.5.2 Command not recognized");
                }
            }
        } catch (SocketException e) {
            // the client hung up
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** PLAIN with or without an initial response, or LOGIN (user, then password); then the scripted reply. */
    private void authenticate(String line, InputStream in, OutputStream out) throws IOException {
        String[] words = line.split(" ");
        boolean login = words.length > 1 && words[1].equalsIgnoreCase("LOGIN");
        int answersExpected = (login ? 2 : 1) - (words.length > 2 ? 1 : 0);
        for (int i = 0; i < answersExpected; i++) {
            SmtpLines.write(out, "334 ");
            SmtpLines.read(in);
        }
        SmtpLines.write(out, script.authReply());
    }

    private void takeMessage(InputStream in, OutputStream out) throws IOException {
        SmtpLines.write(out, "354 End data with <CR><LF>.<CR><LF>");
        StringBuilder message = new StringBuilder();
        String line;
        while ((line = SmtpLines.read(in)) != null && !line.equals(".")) {
            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        SmtpLines.write(out, script.dataReply());
        if (script.dataReply().startsWith("250")) {
            messages.add(message.toString());
        }
    }

    private static String addressOf(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.indexOf('>', open + 1);
        return open >= 0 && close > open ? rcpt.substring(open + 1, close) : rcpt;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
