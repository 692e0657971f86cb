package dev.tracking.spring.web;

import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns what Jackson says about a request body it could not bind into field violations a client can act on: the
 * field's JSON path ({@code shipper.name}, {@code flights[1].eta}) and what the value must be, never a Java type name.
 */
public final class JsonBindingErrors {

    /** The field named when the body as a whole is missing or not JSON. */
    public static final String BODY = "body";

    private JsonBindingErrors() {
    }

    /**
     * The violations {@code error} (or one of its causes) describes; {@code prefix} (may be null) is put before every
     * field, as in {@code events[2].code}.
     */
    public static List<FieldViolation> violationsOf(Throwable error, String prefix) {
        ValidationException validation = find(error, ValidationException.class);
        JacksonException jackson = find(error, JacksonException.class);
        String path = jackson == null ? "" : pathOf(jackson);
        if (validation != null) {
            return validation.violations().stream()
                    .map(v -> new FieldViolation(join(prefix, join(path, v.field())), v.message()))
                    .toList();
        }
        if (jackson == null || jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            String field = prefix == null || prefix.isEmpty() ? BODY : prefix;
            return List.of(new FieldViolation(field, jackson == null ? "must be given as a JSON document"
                    : "must be well-formed JSON"));
        }
        String field = join(prefix, path);
        return List.of(new FieldViolation(field.isEmpty() ? BODY : field, messageFor(jackson)));
    }

    /** Wraps what {@link #violationsOf} finds in a {@link ValidationException}. */
    public static ValidationException toValidationException(Throwable error, String prefix) {
        return new ValidationException(violationsOf(error, prefix));
    }

    /** What a value of {@code type} must look like, in words. */
    public static String expectation(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong kind";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == UUID.class) {
            return "must be a UUID such as 0192f3e4-5b6c-7d8e-9f00-112233445566";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "must be an ISO-8601 date and time with an offset, such as 2025-03-15T13:05:00+01:00";
        }
        if (type == LocalDate.class) {
            return "must be an ISO-8601 date such as 2025-03-18";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has a value of the wrong kind";
    }

    private static String messageFor(JacksonException error) {
        if (error instanceof InvalidFormatException invalid) {
            return expectation(invalid.getTargetType());
        }
        if (error instanceof MismatchedInputException mismatched) {
            return expectation(mismatched.getTargetType());
        }
        return "has a value that cannot be read";
    }

    /** The JSON path of the value Jackson failed on: {@code flights[1].eta}. */
    static String pathOf(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field == null ? "" : field;
        }
        if (field == null || field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }
}
