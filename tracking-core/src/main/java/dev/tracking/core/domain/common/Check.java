package dev.tracking.core.domain.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field violations so that a caller hears about every problem at once, then throws one
 * {@link ValidationException}. Also offers single-field checks that throw at once.
 */
public final class Check {

    private final List<FieldViolation> violations = new ArrayList<>();

    public static Check start() {
        return new Check();
    }

    /** Records a violation when {@code condition} is false. */
    public Check that(boolean condition, String field, String message) {
        if (!condition) {
            violations.add(new FieldViolation(field, message));
        }
        return this;
    }

    public Check notNull(Object value, String field) {
        return that(value != null, field, "must be given");
    }

    /** Runs a nested validation (such as parsing a value object) and keeps its violations. */
    public Check nested(Runnable validation) {
        try {
            validation.run();
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        return this;
    }

    public void orThrow() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "must be given");
        }
        return value;
    }

    public static String requiredText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Returns the stripped text, or null when the value is null or blank. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return requiredText(value, field, maxLength);
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new ValidationException(field, "must be greater than zero");
        }
        return value;
    }

    private Check() {
    }
}
