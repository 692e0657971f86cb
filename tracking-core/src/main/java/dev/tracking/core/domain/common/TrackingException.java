package dev.tracking.core.domain.common;

/** Root of every error the tracking platform raises on purpose. Callers can catch this one type. */
public abstract class TrackingException extends RuntimeException {

    protected TrackingException(String message) {
        super(message);
    }

    protected TrackingException(String message, Throwable cause) {
        super(message, cause);
    }
}
