package dev.tracking.adapter.mail;

import dev.tracking.core.domain.notification.Notification;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values a template may use: the notification's attributes, plus {@code topic}, {@code mawbId}, {@code at}, and
 * some easier to read forms of the reminder attributes. An attribute of the same name wins over a derived value.
 *
 * <table>
 * <caption>Derived values</caption>
 * <tr><th>Name</th><th>From</th><th>Example</th></tr>
 * <tr><td>{@code route}</td><td>origin, destination</td><td>FRA → ORD</td></tr>
 * <tr><td>{@code dueLocal}</td><td>dueAtLocal (or dueAt), timeZone</td>
 *     <td>Tue 14 May 2024, 09:00 (America/Chicago)</td></tr>
 * <tr><td>{@code lastFreeDayText}</td><td>lastFreeDay</td><td>Thu 16 May 2024</td></tr>
 * <tr><td>{@code daysToLastFreeDayText}</td><td>daysToLastFreeDay</td>
 *     <td>in 2 days, tomorrow, today, 1 day ago</td></tr>
 * </table>
 */
final class TemplateValues {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    static Map<String, String> of(Notification notification) {
        Map<String, String> attributes = notification.attributes();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("topic", notification.topic());
        if (notification.mawbId() != null) {
            values.put("mawbId", notification.mawbId().toString());
        }
        values.put("at", notification.at().toString());
        if (attributes.containsKey("origin") && attributes.containsKey("destination")) {
            values.put("route", attributes.get("origin") + " → " + attributes.get("destination"));
        }
        dueLocal(attributes).ifPresent(due -> values.put("dueLocal", due));
        date(attributes.get("lastFreeDay")).ifPresent(day -> values.put("lastFreeDayText", day));
        relativeDays(attributes.get("daysToLastFreeDay")).ifPresent(d -> values.put("daysToLastFreeDayText", d));
        values.putAll(attributes);
        return values;
    }

    private static Optional<String> dueLocal(Map<String, String> attributes) {
        String zoneId = attributes.get("timeZone");
        String dueAtLocal = attributes.get("dueAtLocal");
        String dueAt = attributes.get("dueAt");
        if (zoneId == null || (dueAtLocal == null && dueAt == null)) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(zoneId);
            LocalDateTime local = dueAtLocal != null ? LocalDateTime.parse(dueAtLocal)
                    : LocalDateTime.ofInstant(Instant.parse(dueAt), zone);
            return Optional.of(DATE_TIME.format(local) + " (" + zone.getId() + ")");
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> date(String isoDate) {
        try {
            return isoDate == null ? Optional.empty() : Optional.of(DATE.format(LocalDate.parse(isoDate)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> relativeDays(String days) {
        if (days == null) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(days.strip());
            if (n == 0) {
                return Optional.of("today");
            } else if (n == 1) {
                return Optional.of("tomorrow");
            } else if (n > 1) {
                return Optional.of("in " + n + " days");
            } else if (n == -1) {
                return Optional.of("1 day ago");
            }
            return Optional.of(-n + " days ago");
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private TemplateValues() {
    }
}
