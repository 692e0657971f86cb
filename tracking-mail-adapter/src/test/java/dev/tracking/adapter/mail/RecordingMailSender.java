package dev.tracking.adapter.mail;

import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.port.out.MailSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link MailSender} that keeps what it sent, or fails as a test tells it to. */
final class RecordingMailSender implements MailSender {

    private final List<MailMessage> sent = new CopyOnWriteArrayList<>();
    private volatile MailDeliveryException failure;

    @Override
    public void send(MailMessage message) {
        MailDeliveryException next = failure;
        if (next != null) {
            throw next;
        }
        sent.add(message);
    }

    /** Every send fails with this until {@link #succeed()}. */
    RecordingMailSender failWith(MailDeliveryException exception) {
        this.failure = exception;
        return this;
    }

    void succeed() {
        this.failure = null;
    }

    List<MailMessage> sent() {
        return List.copyOf(sent);
    }
}
