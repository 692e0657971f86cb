package dev.tracking.sample.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged sample application, started as a separate process ({@code java -jar} on the jar of the package phase)
 * on a random port, a temporary H2 file database and e-mail to a GreenMail SMTP server on the loopback address, driven
 * over HTTP like any client would: a MAWB from its creation to CLOSED, with its pre-alert reminder firing and its
 * e-mail arriving, carrier events, the ISC bill paid, every workflow step; then a restart on the same database finds
 * everything where it was and seeds nothing again.
 *
 * <p>The pre-alert reminder is due the moment a MAWB is created, so no clock needs to be moved: the job engine polls
 * every 250 ms here.
 */
class SampleApplicationIT {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final String OPERATOR = "operator";
    private static final String ADMIN = "admin";
    private static final String VIEWER = "viewer";

    @TempDir
    Path work;

    private GreenMail greenMail;
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void startGreenMail() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        greenMail.stop();
    }

    @Test
    void aMawbGoesFromCreationToClosedOverHttpWithItsPreAlertEmail() throws Exception {
        App app = start("first");
        SampleHttp http = app.http;

        // the demo data is there at once
        int mawbsAtStart = countMawbs(http);
        assertThat(mawbsAtStart).isEqualTo(DemoDataSeeder.MAWB_COUNT);

        // an administrator holds the reminders back while the operator files the documents, so that the pre-alert
        // goes out with them
        http.send(ADMIN, "PUT", "/api/v1/jobs/paused-types/reminder", null, Map.of()).expect(204);

        String awb = "020-" + "4455667" + checkDigit("4455667");
        OffsetDateTime departed = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(11).truncatedTo(
                ChronoUnit.MINUTES);
        LocalDate lastFreeDay = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(5);
        SampleHttp.Reply created = http.post(OPERATOR, "/api/v1/mawbs", Map.of(
                "awbNumber", awb,
                "origin", "FRA",
                "destination", "ORD",
                "shipper", Map.of("name", "Rheinmetall Pumpen GmbH", "city", "Frankfurt", "countryCode", "DE"),
                "consignee", Map.of("name", "Great Lakes Industrial Supply", "city", "Chicago",
                        "countryCode", "US"),
                "pieces", 12,
                "weight", Map.of("amount", "1250.5", "unit", "KG"),
                "commodity", "Hydraulic pumps, HS 8413.60",
                "flights", List.of(Map.of("flight", "LH430", "from", "FRA", "to", "ORD",
                        "etd", departed.toString(),
                        "eta", departed.plusHours(10).atZoneSameInstant(ZoneId.of("America/Chicago"))
                                .toOffsetDateTime().toString())),
                "lastFreeDay", lastFreeDay.toString())).expect(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).contains("/api/v1/mawbs/");
        String id = created.json().get("id").asString();
        String mawb = "/api/v1/mawbs/" + id;
        String workflow = "/api/v1/workflows/mawb/" + id;
        assertThat(step(http, workflow)).isEqualTo("PRE_ALERT");

        for (String fileType : List.of("MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST")) {
            upload(http, mawb, fileType);
        }
        http.send(ADMIN, "DELETE", "/api/v1/jobs/paused-types/reminder", null, Map.of()).expect(204);

        // the pre-alert reminder fires and its e-mail reaches the SMTP server, with the three documents
        MimeMessage preAlert = await(Duration.ofSeconds(30), "the pre-alert e-mail of AWB " + awb,
                () -> Stream.of(greenMail.getReceivedMessages())
                        .filter(message -> subjectOf(message).startsWith("Pre-alert: AWB " + awb))
                        .findFirst().orElse(null));
        assertThat(subjectOf(preAlert)).isEqualTo("Pre-alert: AWB " + awb
                + " FRA-ORD, 12 pcs for Great Lakes Industrial Supply");
        assertThat(preAlert.getFrom()[0].toString()).isEqualTo("Tracking Sample <tracking@forwarder.example>");
        assertThat(preAlert.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .contains("imports@forwarder.example");
        assertThat(attachmentNames(preAlert)).containsExactlyInAnyOrder("mawb.pdf", "commercial_invoice.pdf",
                "packing_list.pdf");
        // the engine records completions in batches (every 500 ms at most), so they may show a moment after the e-mail
        JsonNode reminderJob = await(Duration.ofSeconds(10), "the pre-alert reminder job's completion",
                () -> jobsOf(http, "reminder", id).stream()
                        .filter(job -> job.get("status").asString().equals("COMPLETED")).findFirst().orElse(null));
        assertThat(reminderJob.at("/payload/kind").asString()).isEqualTo("PRE_ALERT");
        JsonNode emailJob = await(Duration.ofSeconds(10), "the e-mail job's completion",
                () -> jobsOf(http, "email", id).stream()
                        .filter(job -> job.get("status").asString().equals("COMPLETED")).findFirst().orElse(null));
        assertThat(emailJob.at("/payload/topic").asString()).isEqualTo("reminder.PRE_ALERT");

        // documents complete
        advance(http, workflow, "PRE_ALERT", "DOCS_COMPLETE");

        // the carrier reports departure and arrival: ARR at the destination moves the MAWB into ARRIVED
        event(http, mawb, "DEP", departed, "FRA");
        event(http, mawb, "ARR", OffsetDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(30), "ORD");
        JsonNode arrived = http.get(OPERATOR, workflow).expect(200).json();
        assertThat(arrived.at("/currentStep/code").asString()).isEqualTo("ARRIVED");
        assertThat(reminderKinds(arrived)).contains("ISC_PAYMENT");
        assertThat(http.get(VIEWER, mawb).expect(200).json().get("status").asString()).isEqualTo("ARRIVED");

        // the ISC bill, raised and paid
        SampleHttp.Reply bill = http.post(OPERATOR, "/api/v1/bills", Map.of("mawbId", id, "type", "ISC",
                "amount", Map.of("amount", "85.00", "currency", "USD"))).expect(201);
        String billPath = "/api/v1/bills/" + bill.json().get("id").asString();
        JsonNode paid = http.send(OPERATOR, "POST", billPath + "/payment",
                Map.of("paymentReference", "WIRE-2026-0042"), Map.of("If-Match", bill.header("ETag")))
                .expect(200).json();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(reminderKinds(http.get(OPERATOR, workflow).expect(200).json())).doesNotContain("ISC_PAYMENT");
        advance(http, workflow, "ARRIVED", "ISC_PAID");

        // released by customs
        upload(http, mawb, "CUSTOMS_RELEASE");
        event(http, mawb, "CCD", OffsetDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(10), "ORD");
        JsonNode released = advance(http, workflow, "ISC_PAID", "CUSTOMS_RELEASED");
        assertThat(reminderKinds(released)).contains("PICKUP");

        // pickup scheduled, then delivered by the carrier's DLV
        upload(http, mawb, "DELIVERY_ORDER");
        advance(http, workflow, "CUSTOMS_RELEASED", "PICKUP_SCHEDULED");
        event(http, mawb, "DLV", OffsetDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(2), "ORD");
        assertThat(step(http, workflow)).isEqualTo("DELIVERED");

        // closed: every reminder cancelled
        JsonNode closed = advance(http, workflow, "DELIVERED", "CLOSED");
        assertThat(closed.get("finished").asBoolean()).isTrue();
        assertThat(closed.get("upcomingReminders").size()).isZero();
        List<String> history = new ArrayList<>();
        closed.get("history").forEach(entered -> history.add(entered.get("code").asString()));
        assertThat(history).containsExactly("PRE_ALERT", "DOCS_COMPLETE", "ARRIVED", "ISC_PAID", "CUSTOMS_RELEASED",
                "PICKUP_SCHEDULED", "DELIVERED", "CLOSED");
        assertThat(jobsOf(http, "reminder", id)).noneMatch(job -> job.get("status").asString().equals("PENDING"));
        assertThat(http.get(VIEWER, mawb).expect(200).json().get("status").asString()).isEqualTo("DELIVERED");

        // a restart on the same database: everything is where it was, and no demo data is added again
        app.stop();
        App again = start("second");
        assertThat(countMawbs(again.http)).isEqualTo(mawbsAtStart + 1);
        assertThat(again.http.get(VIEWER, "/api/v1/mawbs/by-number/" + awb).expect(200).json().get("id")
                .asString()).isEqualTo(id);
        assertThat(step(again.http, workflow)).isEqualTo("CLOSED");
        assertThat(again.http.get(VIEWER, mawb + "/attachments").expect(200).json().get("items").size())
                .isEqualTo(5);
        assertThat(Files.readString(again.log)).contains("Demo data: the database already holds MAWBs");
        again.stop();
    }

    private App start(String name) throws Exception {
        int port = freePort();
        Path log = work.resolve(name + ".log");
        List<String> command = List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", sampleJar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").resolve("sample")
                        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE",
                "--tracking.attachments.directory=" + work.resolve("attachments"),
                "--tracking.scheduler.poll-interval=250ms",
                "--tracking.mail.host=127.0.0.1",
                "--tracking.mail.port=" + greenMail.getSmtp().getPort(),
                "--tracking.mail.security=none",
                "--logging.level.dev.tracking=INFO");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        processes.add(process);
        App app = new App(process, new SampleHttp("http://127.0.0.1:" + port), log);
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("The sample application exited with " + process.exitValue() + ":\n"
                        + tail(log));
            }
            try {
                SampleHttp.Reply readiness = app.http.get(null, "/actuator/health/readiness");
                if (readiness.status() == 200 && readiness.json().get("status").asString().equals("UP")) {
                    return app;
                }
            } catch (UncheckedIOException notListeningYet) {
                // not accepting connections yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The sample application was not ready within " + STARTUP_TIMEOUT + ":\n"
                        + tail(log));
            }
            Thread.sleep(250);
        }
    }

    /** A running sample application. */
    private record App(Process process, SampleHttp http, Path log) {

        /** Stops it as an operator would (SIGTERM: graceful shutdown), and waits until it is gone. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The sample application did not stop within 60 s:\n" + tail(log));
            }
        }
    }

    private static Path sampleJar() throws IOException {
        String configured = System.getProperty("sample.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("tracking-sample-spring-boot-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar")
                            && !p.getFileName().toString().endsWith("-javadoc.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No packaged sample jar in target/: run mvn verify"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static int countMawbs(SampleHttp http) {
        return http.get(VIEWER, "/api/v1/mawbs?limit=200").expect(200).json().get("items").size();
    }

    private static String step(SampleHttp http, String workflow) {
        return http.get(VIEWER, workflow).expect(200).json().at("/currentStep/code").asString();
    }

    private static JsonNode advance(SampleHttp http, String workflow, String from, String to) {
        JsonNode status = http.post(OPERATOR, workflow + "/advance", Map.of("expectedStep", from)).expect(200)
                .json();
        assertThat(status.at("/currentStep/code").asString()).as("advanced from " + from).isEqualTo(to);
        return status;
    }

    private static void event(SampleHttp http, String mawb, String code, OffsetDateTime at, String airport) {
        JsonNode outcome = http.post(OPERATOR, mawb + "/events", Map.of("code", code, "timeType", "ACTUAL",
                "occurredAt", at.toString(), "location", airport, "source", "CARRIER")).expect(201).json();
        assertThat(outcome.get("outcome").asString()).isEqualTo("RECORDED");
    }

    private static void upload(SampleHttp http, String mawb, String fileType) {
        byte[] pdf = DemoPdf.of(fileType, List.of("End-to-end test document"));
        JsonNode attachment = http.upload(OPERATOR, mawb + "/attachments", fileType,
                fileType.toLowerCase() + ".pdf", "application/pdf", pdf).expect(201).json();
        assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(pdf.length);
    }

    private static List<String> reminderKinds(JsonNode workflowStatus) {
        List<String> kinds = new ArrayList<>();
        workflowStatus.get("upcomingReminders").forEach(reminder -> kinds.add(reminder.get("kind").asString()));
        return kinds;
    }

    private static List<JsonNode> jobsOf(SampleHttp http, String type, String mawbId) {
        List<JsonNode> jobs = new ArrayList<>();
        http.get(ADMIN, "/api/v1/jobs?type=" + type + "&limit=200").expect(200).json().get("items")
                .forEach(job -> {
                    if (mawbId.equals(job.at("/payload/mawbId").asString())) {
                        jobs.add(job);
                    }
                });
        return jobs;
    }

    private static String checkDigit(String serial) {
        return String.valueOf(Long.parseLong(serial) % 7);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> attachmentNames(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).getFileName() != null) {
                    names.add(multipart.getBodyPart(i).getFileName());
                }
            }
        }
        return names;
    }

    private static <T> T await(Duration timeout, String what, Supplier<T> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + timeout + " in vain for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
