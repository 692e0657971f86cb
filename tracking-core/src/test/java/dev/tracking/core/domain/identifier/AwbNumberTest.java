package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static dev.tracking.core.testing.ValidationAssertions.assertWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AwbNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"176-12345675", "17612345675", "176 1234 5675", "  176-12345675  "})
    void parsesEveryAcceptedNotation(String text) {
        AwbNumber number = AwbNumber.parse(text);

        assertThat(number.prefix()).isEqualTo("176");
        assertThat(number.serial()).isEqualTo("12345675");
    }

    @Test
    void formatsCanonicallyWithDash() {
        assertThat(AwbNumber.parse("176 1234 5675")).hasToString("176-12345675");
    }

    @Test
    void givesDigitsWithoutSeparator() {
        assertThat(AwbNumber.parse("176-12345675").digits()).isEqualTo("17612345675");
    }

    @Test
    void checkDigitIsFirstSevenSerialDigitsModuloSeven() {
        assertThat(AwbNumber.checkDigitOf("1234567")).isEqualTo(1234567 % 7).isEqualTo(5);
        assertThat(AwbNumber.checkDigitOf("0000007")).isZero();
    }

    @Test
    void rejectsWrongCheckDigitNamingExpectedDigit() {
        var e = assertWrongCheckDigit(() -> AwbNumber.parse("176-12345676"), AwbNumber.FIELD, 5);

        assertThat(e.actualDigit()).isEqualTo(6);
    }

    @Test
    void rejectsWrongCheckDigitUnderTheCallersFieldName() {
        assertWrongCheckDigit(() -> AwbNumber.parse("176-12345676", "mawb.number"), "mawb.number", 5);
    }

    @Test
    void rejectsWrongCheckDigitInConstructor() {
        assertWrongCheckDigit(() -> new AwbNumber("176", "12345670"), AwbNumber.FIELD, 5);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsMissingNumber(String text) {
        assertRejected(() -> AwbNumber.parse(text), AwbNumber.FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"176-1234567", "176-123456755", "17-12345675", "ABC-12345675", "176/12345675",
            "176--12345675"})
    void rejectsMalformedNumberNamingField(String text) {
        assertRejected(() -> AwbNumber.parse(text, "awb"), "awb");
    }

    @Test
    void rejectsMalformedPartsInConstructor() {
        assertRejected(() -> new AwbNumber("17", "12345675"), AwbNumber.FIELD);
        assertRejected(() -> new AwbNumber("176", "1234567"), AwbNumber.FIELD);
        assertRejected(() -> new AwbNumber(null, "12345675"), AwbNumber.FIELD);
        assertRejected(() -> new AwbNumber("176", null), AwbNumber.FIELD);
    }

    @Test
    void equalNumbersFromDifferentNotations() {
        assertThat(AwbNumber.parse("17612345675")).isEqualTo(AwbNumber.parse("176 1234 5675"));
    }

    @Test
    void ordersByPrefixThenSerial() {
        AwbNumber a = AwbNumber.parse("020-12345675");
        AwbNumber b = AwbNumber.parse("176-00000000");
        AwbNumber c = AwbNumber.parse("176-12345675");

        assertThat(a).isLessThan(b);
        assertThat(b).isLessThan(c);
    }
}
