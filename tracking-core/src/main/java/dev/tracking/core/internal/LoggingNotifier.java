package dev.tracking.core.internal;

import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link Notifier}: a log line per notification. */
public final class LoggingNotifier implements Notifier {

    public static final LoggingNotifier INSTANCE = new LoggingNotifier();

    private static final Logger LOG = LoggerFactory.getLogger("dev.tracking.notifications");

    private LoggingNotifier() {
    }

    @Override
    public void send(Notification notification) {
        LOG.info("{} for MAWB {} at {}: {}", notification.topic(), notification.mawbId(), notification.at(),
                notification.attributes());
    }
}
