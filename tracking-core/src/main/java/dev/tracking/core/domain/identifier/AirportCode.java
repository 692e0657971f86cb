package dev.tracking.core.domain.identifier;

import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/** An IATA airport (location) code: three letters, kept in upper case, such as {@code ORD}. */
public record AirportCode(String value) implements Comparable<AirportCode> {

    public static final String FIELD = "airport";

    public AirportCode {
        if (value == null || !value.matches("[A-Z]{3}")) {
            throw new ValidationException(FIELD, "must be a 3-letter IATA airport code");
        }
    }

    public static AirportCode of(String code) {
        return parse(code, FIELD);
    }

    /** Parses three letters in either case; the error names {@code field}. */
    public static AirportCode parse(String text, String field) {
        String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!normalized.matches("[A-Z]{3}")) {
            throw new ValidationException(field, "must be a 3-letter IATA airport code");
        }
        return new AirportCode(normalized);
    }

    @Override
    public int compareTo(AirportCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
