package dev.tracking.scheduler;

/** A job failed in a way that trying again cannot help (a rejected recipient, bad input): it is dead at once. */
public class PermanentJobFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A permanent failure saying why trying again cannot help. */
    public PermanentJobFailure(String message) {
        super(message);
    }

    /** A permanent failure saying why trying again cannot help, caused by {@code cause}. */
    public PermanentJobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
