package dev.tracking.core.domain.common;

import java.util.Objects;

/**
 * One thing wrong with one input field.
 *
 * @param field   the field's name as the caller knows it (for example {@code awbNumber} or {@code flights[1].eta})
 * @param message what was wrong, in words a user can act on
 */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
