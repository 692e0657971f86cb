package dev.tracking.core.port.out;

import dev.tracking.core.domain.notification.Notification;

/**
 * Tells people about something, such as a reminder that fired. Called in the unit of work that decided it, so an
 * implementation that sends over the network should queue the message as a job rather than send it at once.
 */
@FunctionalInterface
public interface Notifier {

    void send(Notification notification);

    /** Writes each notification to the log (logger {@code dev.tracking.notifications}) and sends nothing. */
    static Notifier logging() {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("dev.tracking.notifications");
        return notification -> log.info("{} for MAWB {} at {}: {}", notification.topic(), notification.mawbId(),
                notification.at(), notification.attributes());
    }
}
