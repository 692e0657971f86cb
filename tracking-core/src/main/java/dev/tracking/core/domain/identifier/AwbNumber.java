package dev.tracking.core.domain.identifier;

import dev.tracking.core.domain.common.CheckDigitException;
import dev.tracking.core.domain.common.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An air waybill number: the airline's 3-digit prefix and an 8-digit serial whose last digit is the first seven
 * digits modulo 7. Canonical form {@code 176-12345675}.
 *
 * <p>Detection power of the check digit: it catches every change of one digit except a digit changed by 7 (0 and 7,
 * 1 and 8, 2 and 9), because such a change alters the number by a multiple of 7. The prefix is not covered.
 */
public record AwbNumber(String prefix, String serial) implements Comparable<AwbNumber> {

    public static final String FIELD = "awbNumber";
    private static final Pattern FORMAT = Pattern.compile("(\\d{3})[- ]?(\\d{4}) ?(\\d{4})");

    /** Validates both parts; the check digit is the last of {@code serial}. */
    public AwbNumber {
        if (prefix == null || !prefix.matches("\\d{3}")) {
            throw new ValidationException(FIELD, "airline prefix must be 3 digits");
        }
        if (serial == null || !serial.matches("\\d{8}")) {
            throw new ValidationException(FIELD, "serial must be 8 digits");
        }
        int expected = checkDigitOf(serial.substring(0, 7));
        int actual = serial.charAt(7) - '0';
        if (expected != actual) {
            throw new CheckDigitException(FIELD, prefix + "-" + serial, expected, actual);
        }
    }

    /** Parses {@code 176-12345675}, {@code 17612345675} or {@code 176 1234 5675}. */
    public static AwbNumber parse(String text) {
        return parse(text, FIELD);
    }

    /** Like {@link #parse(String)}, naming {@code field} in any error. */
    public static AwbNumber parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "must be given");
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new ValidationException(field,
                    "must be a 3-digit airline prefix and an 8-digit serial, such as 176-12345675");
        }
        try {
            return new AwbNumber(m.group(1), m.group(2) + m.group(3));
        } catch (CheckDigitException e) {
            throw field.equals(FIELD) ? e
                    : new CheckDigitException(field, m.group(1) + "-" + m.group(2) + m.group(3), e.expectedDigit(),
                            e.actualDigit());
        }
    }

    /** The check digit for the first seven serial digits. */
    public static int checkDigitOf(String sevenDigits) {
        return (int) (Long.parseLong(sevenDigits) % 7);
    }

    /** The eleven digits without separators, {@code 17612345675}. */
    public String digits() {
        return prefix + serial;
    }

    @Override
    public int compareTo(AwbNumber other) {
        return digits().compareTo(other.digits());
    }

    @Override
    public String toString() {
        return prefix + "-" + serial;
    }
}
