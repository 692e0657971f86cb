package dev.tracking.core.domain.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input was rejected; {@link #violations()} names every offending field and what was wrong with it. */
public class ValidationException extends TrackingException {

    private final List<FieldViolation> violations;

    public ValidationException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public ValidationException(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The first offending field, convenient when only one field was checked. */
    public String field() {
        return violations.get(0).field();
    }

    /** A copy of this error whose field names are prefixed, e.g. {@code shipper} + {@code name} = {@code shipper.name}. */
    public ValidationException nestedUnder(String parent) {
        return new ValidationException(violations.stream()
                .map(v -> new FieldViolation(parent + "." + v.field(), v.message()))
                .toList());
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
    }
}
