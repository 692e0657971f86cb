package dev.tracking.core.domain.identifier;

import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/** A flight designator: the airline's 2-character code, 1 to 4 digits and an optional suffix letter, e.g. {@code LH400}. */
public record FlightNumber(String value) {

    public static final String FIELD = "flight";

    public FlightNumber {
        if (value == null || !value.matches("[A-Z0-9]{2}\\d{1,4}[A-Z]?") || value.substring(0, 2).matches("\\d{2}")) {
            throw new ValidationException(FIELD, "must be an airline designator and 1 to 4 digits, such as LH400");
        }
    }

    public static FlightNumber parse(String text, String field) {
        String compact = text == null ? "" : text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            return new FlightNumber(compact);
        } catch (ValidationException e) {
            throw new ValidationException(field, e.violations().get(0).message());
        }
    }

    /** The operating airline's designator, the first two characters. */
    public String airline() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
