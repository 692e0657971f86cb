package dev.tracking.adapter.mail;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The e-mail job's contract: jobs of type {@value #TYPE} carry a notification in their payload ({@value #TOPIC},
 * {@value #MAWB_ID}, {@value #AT}, and each attribute under the prefix {@value #ATTRIBUTE_PREFIX}), and a key that
 * keeps the same notification from being queued twice.
 */
public final class EmailJob {

    /** The job type of e-mails. */
    public static final String TYPE = "email";
    public static final String TOPIC = "topic";
    public static final String MAWB_ID = "mawbId";
    public static final String AT = "at";
    /** Each notification attribute {@code name} is the payload entry {@code attr.name}. */
    public static final String ATTRIBUTE_PREFIX = "attr.";
    /** Idempotency keys of e-mail jobs start with this. */
    public static final String KEY_PREFIX = "email:";

    private static final String DUE_AT = "dueAt";

    /** The payload of the e-mail job of a notification. */
    public static Map<String, String> payloadOf(Notification notification) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put(TOPIC, notification.topic());
        if (notification.mawbId() != null) {
            payload.put(MAWB_ID, notification.mawbId().toString());
        }
        payload.put(AT, notification.at().toString());
        notification.attributes().forEach((name, value) -> payload.put(ATTRIBUTE_PREFIX + name, value));
        return payload;
    }

    /**
     * The notification an e-mail job's payload carries.
     *
     * @throws IllegalArgumentException saying what is missing or malformed
     */
    public static Notification notificationOf(Map<String, String> payload) {
        if (payload == null) {
            throw new IllegalArgumentException("the payload is missing");
        }
        String topic = payload.get(TOPIC);
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("the payload has no '" + TOPIC + "'");
        }
        MawbId mawbId = null;
        if (payload.containsKey(MAWB_ID)) {
            try {
                mawbId = MawbId.parse(payload.get(MAWB_ID), MAWB_ID);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the payload's '" + MAWB_ID + "' is not a UUID: "
                        + payload.get(MAWB_ID), e);
            }
        }
        String at = payload.get(AT);
        if (at == null) {
            throw new IllegalArgumentException("the payload has no '" + AT + "'");
        }
        Instant instant;
        try {
            instant = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the payload's '" + AT + "' is not an ISO-8601 instant: " + at, e);
        }
        Map<String, String> attributes = new TreeMap<>();
        payload.forEach((key, value) -> {
            if (key.startsWith(ATTRIBUTE_PREFIX) && key.length() > ATTRIBUTE_PREFIX.length() && value != null) {
                attributes.put(key.substring(ATTRIBUTE_PREFIX.length()), value);
            }
        });
        return new Notification(topic, mawbId, attributes, instant);
    }

    /**
     * The key of the notification's e-mail job: {@code email:<topic>:<mawbId>:<dueAt>}, so a reminder fired again
     * (after a crash) queues no second e-mail while the first still waits. A notification without {@code dueAt}
     * is told apart by a digest of its time and attributes instead. A key too long for a job is replaced by
     * a digest of itself.
     */
    public static String idempotencyKeyOf(Notification notification) {
        String mawb = notification.mawbId() == null ? "-" : notification.mawbId().toString();
        String dueAt = notification.attributes().get(DUE_AT);
        String occurrence = dueAt != null ? dueAt
                : digest(notification.at() + "|" + notification.attributes()).substring(0, 16);
        String key = KEY_PREFIX + notification.topic() + ":" + mawb + ":" + occurrence;
        return key.length() <= JobRequest.MAX_KEY_LENGTH ? key : KEY_PREFIX + digest(key);
    }

    private static String digest(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private EmailJob() {
    }
}
