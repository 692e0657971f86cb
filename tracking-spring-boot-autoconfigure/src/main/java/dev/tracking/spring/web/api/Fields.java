package dev.tracking.spring.web.api;

import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of every field of a request, so that a client hears about all of them at once; then
 * {@link #orThrow()} throws one {@link ValidationException}.
 */
final class Fields {

    private final List<FieldViolation> violations = new ArrayList<>();

    /**
     * The value the supplier makes, or null when it refuses its input; the violations it names are kept, their fields
     * put under {@code prefix} (may be null).
     */
    <T> T get(String prefix, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (ValidationException e) {
            violations.addAll(prefix == null || prefix.isEmpty() ? e.violations() : e.nestedUnder(prefix).violations());
            return null;
        }
    }

    /** Whether {@code value} is present; records "must be given" for {@code field} when not. */
    boolean present(Object value, String field) {
        if (value == null) {
            violations.add(new FieldViolation(field, "must be given"));
            return false;
        }
        return true;
    }

    /** A decimal given as text, or null (with a violation) when it is missing or not a number. */
    BigDecimal decimal(String text, String field) {
        if (!present(text, field)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "must be a decimal number such as 1250.5"));
            return null;
        }
    }

    void add(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    void orThrow() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
