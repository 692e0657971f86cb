package dev.tracking.core.domain.mail;

import dev.tracking.core.domain.common.TrackingException;

/**
 * An e-mail could not be delivered. A transient failure (server down, timeout, 4xx reply) is worth trying again; a
 * permanent one (a recipient rejected, 5xx reply, bad address) is not.
 */
public final class MailDeliveryException extends TrackingException {

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean permanent() {
        return permanent;
    }
}
