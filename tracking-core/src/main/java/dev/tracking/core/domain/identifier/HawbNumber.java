package dev.tracking.core.domain.identifier;

import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/** A house air waybill number as the forwarder issues it: 1 to 12 letters or digits, kept in upper case. */
public record HawbNumber(String value) implements Comparable<HawbNumber> {

    public static final String FIELD = "hawbNumber";

    public HawbNumber {
        if (value == null || !value.matches("[A-Z0-9]{1,12}")) {
            throw new ValidationException(FIELD, "must be 1 to 12 letters or digits");
        }
    }

    public static HawbNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(FIELD, "must be given");
        }
        return new HawbNumber(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(HawbNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
