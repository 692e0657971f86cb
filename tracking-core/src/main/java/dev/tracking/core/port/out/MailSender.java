package dev.tracking.core.port.out;

import dev.tracking.core.domain.mail.MailMessage;

/** Sends e-mails, at once; {@code tracking-mail-adapter} implements it on Jakarta Mail. */
@FunctionalInterface
public interface MailSender {

    /** @throws dev.tracking.core.domain.mail.MailDeliveryException saying whether trying again may help */
    void send(MailMessage message);
}
