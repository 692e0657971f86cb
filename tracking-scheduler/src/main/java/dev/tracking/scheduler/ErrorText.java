package dev.tracking.scheduler;

/** What a failed attempt records: the exception and its causes, one line, at most the store's column width. */
final class ErrorText {

    static final int MAX_LENGTH = 4000;

    private ErrorText() {
    }

    static String of(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < 5; depth++) {
            text.append(" | caused by ").append(cause);
            cause = cause.getCause();
        }
        return text.length() <= MAX_LENGTH ? text.toString() : text.substring(0, MAX_LENGTH);
    }

    /** Whether the failure, or one of its causes, says that trying again cannot help. */
    static boolean isPermanent(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof PermanentJobFailure) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }
}
