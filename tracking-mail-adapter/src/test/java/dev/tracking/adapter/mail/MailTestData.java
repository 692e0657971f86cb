package dev.tracking.adapter.mail;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.domain.notification.Notification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Notifications, attachments and settings the mail tests share. */
final class MailTestData {

    static final Instant NOW = Instant.parse("2025-03-17T08:00:00Z");
    static final MawbId MAWB_ID = MawbId.of(UUID.fromString("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    static final String FROM = "Tracking Desk <tracking@forwarder.example>";
    static final String OPS = "ops@forwarder.example";
    static final String AGENT = "imports@agent.example";

    /** The attributes {@code ReminderService} gives a reminder for AWB 020-12345675 from FRA to ORD. */
    static Map<String, String> reminderAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("awbNumber", "020-12345675");
        attributes.put("origin", "FRA");
        attributes.put("destination", "ORD");
        attributes.put("consignee", "Midwest Machinery Inc.");
        attributes.put("pieces", "12");
        attributes.put("dueAt", "2025-03-17T14:00:00Z");
        attributes.put("dueAtLocal", "2025-03-17T09:00");
        attributes.put("timeZone", "America/Chicago");
        attributes.put("step", "ARRIVED");
        attributes.put("lastFreeDay", "2025-03-19");
        attributes.put("daysToLastFreeDay", "2");
        return attributes;
    }

    static Notification reminder(String topic) {
        return new Notification(topic, MAWB_ID, reminderAttributes(), NOW);
    }

    static Notification reminder(String topic, Map<String, String> changes) {
        Map<String, String> attributes = reminderAttributes();
        attributes.putAll(changes);
        return new Notification(topic, MAWB_ID, attributes, NOW);
    }

    static Notification jobDead() {
        return new Notification(MailTopics.JOB_DEAD, null, Map.of("jobId", "0195a1b2-0000-7000-8000-000000000001",
                "type", "reminder", "attempts", "5", "error", "SMTP server down"), NOW);
    }

    static Notification dailyReport() {
        return new Notification(MailTopics.DAILY_REPORT, null, Map.of("reportDate", "2025-03-17", "timeZone",
                "America/Chicago", "fileName", "tracking-report-2025-03-17.csv", "mawbsNearLastFreeDay", "4",
                "openIscBills", "2"), NOW);
    }

    /** Bytes like a PDF's: a header, then every byte value, CR and LF among them, and a trailer. */
    static MailAttachment pdf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int round = 0; round < 40; round++) {
            for (int b = 0; b < 256; b++) {
                bytes.write(b);
            }
        }
        bytes.writeBytes("\r\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return new MailAttachment("MAWB 020-12345675.pdf", "application/pdf", bytes.toByteArray());
    }

    /** A CSV with LF and CRLF line ends, a trailing space and UTF-8: all of it must arrive unchanged. */
    static MailAttachment csv() {
        String csv = "awb;consignee;lastFreeDay\n020-12345675;Müller & Söhne GmbH;2025-03-19 \r\n"
                + "020-87654321;\"Åkesson, Björn\";2025-03-20\n";
        return new MailAttachment("shipments.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private MailTestData() {
    }
}
