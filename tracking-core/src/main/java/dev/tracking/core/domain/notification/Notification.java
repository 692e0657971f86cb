package dev.tracking.core.domain.notification;

import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something people must hear about, such as a reminder that fired. The {@link dev.tracking.core.port.out.Notifier}
 * decides who hears and how (the mail adapter renders a template per topic from the attributes).
 *
 * @param topic      what it is about, such as {@code reminder.LAST_FREE_DAY}
 * @param mawbId     the MAWB it concerns, or null
 * @param attributes the facts a message needs (AWB number, destination, last free day, ...)
 */
public record Notification(String topic, MawbId mawbId, Map<String, String> attributes, Instant at) {

    public Notification {
        Objects.requireNonNull(topic, "topic");
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        Objects.requireNonNull(at, "at");
    }
}
