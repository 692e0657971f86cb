package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Notifier} that keeps what it was sent, for tests to look at. */
public class RecordingNotifier implements Notifier {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notification notification) {
        sent.add(notification);
    }

    /** Everything sent so far, in order. */
    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    public void clear() {
        sent.clear();
    }
}
