package dev.tracking.core.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.CheckDigitException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The detection power of the AWB check digit (the first seven serial digits modulo 7), stated as properties over
 * generated valid numbers.
 */
class AwbNumberPropertiesTest {

    /** Every valid number survives formatting and parsing, in each notation the parser accepts. */
    @Property
    void validNumbersRoundTripThroughParseAndFormat(@ForAll("validAwbNumbers") AwbNumber number) {
        String canonical = number.toString();
        String spaced = number.prefix() + " " + number.serial().substring(0, 4) + " " + number.serial().substring(4);

        assertThat(canonical).isEqualTo(number.prefix() + "-" + number.serial());
        assertThat(AwbNumber.parse(canonical)).isEqualTo(number);
        assertThat(AwbNumber.parse(number.digits())).isEqualTo(number);
        assertThat(AwbNumber.parse(spaced)).isEqualTo(number);
    }

    /**
     * A change of one of the first seven serial digits is detected exactly when the digit does not change by 7.
     * Changes by 7 (0 and 7, 1 and 8, 2 and 9) alter the number by a multiple of 7 and go unnoticed: the mistyped
     * number parses as a different, valid AWB number. That is the check digit's known blind spot.
     */
    @Property
    void singleSerialDigitChangeIsDetectedUnlessTheDigitChangesBySeven(
            @ForAll("validAwbNumbers") AwbNumber number,
            @ForAll @IntRange(min = 0, max = 6) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        int original = number.serial().charAt(position) - '0';
        int replacement = (original + shift) % 10;
        String mistyped = number.prefix() + "-" + replace(number.serial(), position, replacement);

        boolean blindSpot = Math.abs(replacement - original) == 7;
        Statistics.label("change").collect(blindSpot ? "by 7, not detected" : "detected");
        Statistics.label("change").coverage(c -> c.check("by 7, not detected").count(n -> n > 0));
        if (blindSpot) {
            AwbNumber parsed = AwbNumber.parse(mistyped);
            assertThat(parsed).isNotEqualTo(number);
            assertThat(parsed.serial().charAt(7)).isEqualTo(number.serial().charAt(7));
        } else {
            int expected = AwbNumber.checkDigitOf(replace(number.serial(), position, replacement).substring(0, 7));
            assertThatThrownBy(() -> AwbNumber.parse(mistyped))
                    .isInstanceOfSatisfying(CheckDigitException.class, e -> {
                        assertThat(e.field()).isEqualTo(AwbNumber.FIELD);
                        assertThat(e.expectedDigit()).isEqualTo(expected);
                    });
        }
    }

    /**
     * The blind spot on its own: a serial digit swapped for the one 7 apart (0 and 7, 1 and 8, 2 and 9, either way)
     * always yields another valid number with the same check digit.
     */
    @Property
    void serialDigitChangedBySevenIsNotDetected(
            @ForAll("validAwbNumbers") AwbNumber base,
            @ForAll @IntRange(min = 0, max = 6) int position,
            @ForAll @IntRange(min = 0, max = 2) int low,
            @ForAll boolean upwards) {
        int from = upwards ? low : low + 7;
        int to = upwards ? low + 7 : low;
        AwbNumber number = withSerialDigit(base, position, from);
        String mistyped = number.prefix() + "-" + replace(number.serial(), position, to);

        AwbNumber parsed = AwbNumber.parse(mistyped);
        assertThat(parsed).isNotEqualTo(number);
        assertThat(parsed.serial().charAt(7)).isEqualTo(number.serial().charAt(7));
    }

    /** Replacing the check digit by any other digit is always detected, and the error names the right digit. */
    @Property
    void changedCheckDigitIsAlwaysDetected(
            @ForAll("validAwbNumbers") AwbNumber number,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        int checkDigit = number.serial().charAt(7) - '0';
        String mistyped = number.prefix() + "-" + replace(number.serial(), 7, (checkDigit + shift) % 10);

        assertThatThrownBy(() -> AwbNumber.parse(mistyped))
                .isInstanceOfSatisfying(CheckDigitException.class,
                        e -> assertThat(e.expectedDigit()).isEqualTo(checkDigit));
    }

    /** The airline prefix is outside the check: any change of it still parses. */
    @Property
    void prefixIsNotCoveredByTheCheckDigit(
            @ForAll("validAwbNumbers") AwbNumber number,
            @ForAll @IntRange(min = 0, max = 2) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        int original = number.prefix().charAt(position) - '0';
        String prefix = replace(number.prefix(), position, (original + shift) % 10);

        assertThat(AwbNumber.parse(prefix + "-" + number.serial()).prefix()).isEqualTo(prefix);
    }

    /** Valid AWB numbers built from a random prefix and seven serial digits, with their check digit computed. */
    @Provide
    Arbitrary<AwbNumber> validAwbNumbers() {
        Arbitrary<String> prefixes = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<String> firstSeven = Arbitraries.strings().numeric().ofLength(7);
        return Combinators.combine(prefixes, firstSeven)
                .as((prefix, seven) -> new AwbNumber(prefix, seven + AwbNumber.checkDigitOf(seven)));
    }

    private static AwbNumber withSerialDigit(AwbNumber number, int position, int digit) {
        String seven = replace(number.serial(), position, digit).substring(0, 7);
        return new AwbNumber(number.prefix(), seven + AwbNumber.checkDigitOf(seven));
    }

    private static String replace(String digits, int position, int digit) {
        return digits.substring(0, position) + digit + digits.substring(position + 1);
    }
}
