package dev.tracking.core.application;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * Turns a keyset into the opaque cursor callers pass back, and back again. A cursor names the sort it was issued for,
 * so a cursor of one order is refused for another. Format (base64url of): {@code v1|FIELD|DIR|T:value|id}, where T is
 * I (instant), D (date), S (text) or N (null).
 */
final class CursorCodec {

    private static final String FIELD = "cursor";
    private static final String VERSION = "v1";

    static String encode(String sortField, SortDirection direction, Object value, UUID id) {
        String raw = String.join("|", VERSION, sortField, direction.name(), typed(value), id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The keyset of a cursor issued for this sort, or null when there is no cursor (the first page). */
    static Keyset decode(String cursor, String sortField, SortDirection direction, Class<?> valueType) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 5);
            if (parts.length != 5 || !VERSION.equals(parts[0]) || parts[3].length() < 2) {
                throw invalid();
            }
            if (!parts[1].equals(sortField) || !parts[2].equals(direction.name())) {
                throw new ValidationException(FIELD, "was issued for another sort order; start again from the first"
                        + " page");
            }
            Object value = untyped(parts[3]);
            if (value != null && !valueType.isInstance(value)) {
                throw invalid();
            }
            return new Keyset(value, UUID.fromString(parts[4]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static String typed(Object value) {
        if (value == null) {
            return "N:";
        }
        if (value instanceof Instant instant) {
            return "I:" + instant;
        }
        if (value instanceof LocalDate date) {
            return "D:" + date;
        }
        if (value instanceof String text) {
            return "S:" + text;
        }
        throw new IllegalArgumentException("cannot page by a " + value.getClass().getSimpleName());
    }

    private static Object untyped(String typed) {
        String value = typed.substring(2);
        return switch (typed.substring(0, 2)) {
            case "N:" -> null;
            case "I:" -> Instant.parse(value);
            case "D:" -> LocalDate.parse(value);
            case "S:" -> value;
            default -> throw invalid();
        };
    }

    private static ValidationException invalid() {
        return new ValidationException(FIELD, "is not a cursor this platform issued");
    }

    private CursorCodec() {
    }
}
