package dev.tracking.core.domain.identifier;

import dev.tracking.core.domain.common.CheckDigitException;
import dev.tracking.core.domain.common.ValidationException;
import java.util.Locale;

/**
 * An ISO 6346 freight container number: 3-letter owner code, category identifier (U freight container, J detachable
 * equipment, Z trailer or chassis), 6-digit serial and a check digit. Canonical form {@code CSQU3054383}.
 *
 * <p>Check digit: each of the first ten characters gets a value (digits as themselves; letters from A=10 upwards,
 * skipping the multiples of 11: A=10, B=12 ... K=21, L=23 ... U=32, V=34 ... Z=38), multiplied by 2 to the power of its
 * position (0 to 9); the sum modulo 11 is the check digit, where a remainder of 10 becomes 0.
 *
 * <p>Detection power: a change of one serial digit is always caught, except when it moves the remainder between 0
 * and 10 (both give check digit 0). A change of one letter is caught unless the two letters' values differ by 11 or
 * 22 (A and K, B and L, A and U, ...), since such a difference vanishes modulo 11, or unless it moves the remainder
 * between 0 and 10, as for digits (CSQU0019820 and DSQU0019820 are both valid).
 */
public record ContainerNumber(String ownerCode, char category, String serial, int checkDigit)
        implements EquipmentId {

    public static final String FIELD = "containerNumber";

    public ContainerNumber {
        if (ownerCode == null || !ownerCode.matches("[A-Z]{3}")) {
            throw new ValidationException(FIELD, "owner code must be 3 capital letters");
        }
        if (category != 'U' && category != 'J' && category != 'Z') {
            throw new ValidationException(FIELD, "category identifier must be U, J or Z");
        }
        if (serial == null || !serial.matches("\\d{6}")) {
            throw new ValidationException(FIELD, "serial number must be 6 digits");
        }
        int expected = checkDigitOf(ownerCode + category + serial);
        if (expected != checkDigit) {
            throw new CheckDigitException(FIELD, ownerCode + category + serial + checkDigit, expected, checkDigit);
        }
    }

    /** Parses {@code CSQU3054383}, {@code CSQU 305438 3} or {@code CSQU-305438-3}, in either case. */
    public static ContainerNumber parse(String text) {
        return parse(text, FIELD);
    }

    public static ContainerNumber parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "must be given");
        }
        String compact = text.strip().replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{3}[A-Z]\\d{7}")) {
            throw new ValidationException(field,
                    "must be an owner code, category, 6-digit serial and check digit, such as CSQU3054383");
        }
        try {
            return new ContainerNumber(compact.substring(0, 3), compact.charAt(3), compact.substring(4, 10),
                    compact.charAt(10) - '0');
        } catch (CheckDigitException e) {
            throw field.equals(FIELD) ? e : new CheckDigitException(field, compact, e.expectedDigit(), e.actualDigit());
        } catch (ValidationException e) {
            throw field.equals(FIELD) ? e : new ValidationException(field, e.violations().get(0).message());
        }
    }

    /** The check digit of the first ten characters (owner code, category and serial). */
    public static int checkDigitOf(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += valueOf(firstTen.charAt(i)) << i;
        }
        return sum % 11 % 10;
    }

    /** ISO 6346 character value: digits as themselves, letters from 10 upwards skipping 11, 22 and 33. */
    public static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c < 'A' || c > 'Z') {
            throw new IllegalArgumentException("not an ISO 6346 character: " + c);
        }
        int value = 10;
        for (char letter = 'A'; letter < c; letter++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }

    @Override
    public String value() {
        return ownerCode + category + serial + checkDigit;
    }

    @Override
    public String toString() {
        return value();
    }
}
