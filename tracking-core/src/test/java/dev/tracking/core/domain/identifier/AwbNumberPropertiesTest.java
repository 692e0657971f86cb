package dev.tracking.core.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import dev.tracking.core.domain.common.CheckDigitException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The detection power of the AWB check digit (the first seven serial digits modulo 7), stated over a fixed sample of
 * valid numbers.
 *
 * <p>The numbers are drawn with a {@link SplittableRandom} seeded with {@link #SEED}, so every run checks the same
 * {@link #SAMPLE_SIZE} random numbers plus the {@link #EDGE_CASES}, and a failure reproduces. For each of them the
 * mistakes are enumerated exhaustively: every position, every replacement digit. Failures are collected softly and
 * name the valid number and the mistyped text.
 */
class AwbNumberPropertiesTest {

    /** Seed of the sample: change it to look at other numbers, never to make a failure go away. */
    private static final long SEED = 0x7A3B_0176_1234_5675L;

    /** How many random valid numbers the sample holds, besides the edge cases. */
    private static final int SAMPLE_SIZE = 300;

    /** Valid numbers at the ends of the ranges: all zeros, all nines, and a published example. */
    private static final List<AwbNumber> EDGE_CASES = List.of(
            valid("000", "0000000"), valid("999", "9999999"), valid("176", "1234567"));

    private static final List<AwbNumber> SAMPLE = sample();

    @Test
    void sampleHasTheStatedSize() {
        assertThat(SAMPLE).hasSize(SAMPLE_SIZE + EDGE_CASES.size()).doesNotHaveDuplicates();
    }

    /** Every valid number survives formatting and parsing, in each notation the parser accepts. */
    @Test
    void validNumbersRoundTripThroughParseAndFormat() {
        assertSoftly(softly -> {
            for (AwbNumber number : SAMPLE) {
                String canonical = number.toString();
                String spaced = number.prefix() + " " + number.serial().substring(0, 4) + " "
                        + number.serial().substring(4);

                softly.check(() -> assertThat(canonical).as("canonical form of %s", number)
                        .isEqualTo(number.prefix() + "-" + number.serial()));
                assertParsesTo(softly, canonical, number, number);
                assertParsesTo(softly, number.digits(), number, number);
                assertParsesTo(softly, spaced, number, number);
            }
        });
    }

    /**
     * A change of one of the first seven serial digits is detected exactly when the digit does not change by 7.
     * Changes by 7 (0 and 7, 1 and 8, 2 and 9) alter the number by a multiple of 7 and go unnoticed: the mistyped
     * number parses as a different, valid AWB number. That is the check digit's known blind spot.
     *
     * <p>Checked for every sampled number, at each of the 7 positions, with each of the 9 other digits.
     */
    @Test
    void singleSerialDigitChangeIsDetectedUnlessTheDigitChangesBySeven() {
        int[] blindSpots = {0};
        int[] detected = {0};
        assertSoftly(softly -> {
            for (AwbNumber number : SAMPLE) {
                for (int position = 0; position < 7; position++) {
                    int original = number.serial().charAt(position) - '0';
                    for (int replacement = 0; replacement <= 9; replacement++) {
                        if (replacement == original) {
                            continue;
                        }
                        String serial = replace(number.serial(), position, replacement);
                        String mistyped = number.prefix() + "-" + serial;
                        if (Math.abs(replacement - original) == 7) {
                            blindSpots[0]++;
                            assertAcceptedAsAnotherNumber(softly, number, mistyped);
                        } else {
                            detected[0]++;
                            assertCaught(softly, number, mistyped, AwbNumber.checkDigitOf(serial.substring(0, 7)));
                        }
                    }
                }
            }
        });
        assertThat(blindSpots[0]).as("changes by 7 (the blind spot) that occurred in the sample").isPositive();
        assertThat(detected[0]).as("other changes that occurred in the sample").isPositive();
        assertThat(blindSpots[0] + detected[0]).isEqualTo(SAMPLE.size() * 7 * 9);
    }

    /**
     * The blind spot on its own: a serial digit swapped for the one 7 apart (0 and 7, 1 and 8, 2 and 9, either way)
     * always yields another valid number with the same check digit.
     *
     * <p>Checked for every sampled number, at each of the 7 positions, with all 6 ordered pairs: the sampled number's
     * digit at that position is first set to the pair's first digit (and the check digit recomputed).
     */
    @Test
    void serialDigitChangedBySevenIsNotDetected() {
        assertSoftly(softly -> {
            for (AwbNumber base : SAMPLE) {
                for (int position = 0; position < 7; position++) {
                    for (int low = 0; low <= 2; low++) {
                        for (boolean upwards : new boolean[] {true, false}) {
                            int from = upwards ? low : low + 7;
                            int to = upwards ? low + 7 : low;
                            AwbNumber number = withSerialDigit(base, position, from);
                            String mistyped = number.prefix() + "-" + replace(number.serial(), position, to);

                            assertAcceptedAsAnotherNumber(softly, number, mistyped);
                        }
                    }
                }
            }
        });
    }

    /**
     * Replacing the check digit by any other digit is always detected, and the error names the right digit.
     *
     * <p>Checked for every sampled number with each of the 9 other digits.
     */
    @Test
    void changedCheckDigitIsAlwaysDetected() {
        assertSoftly(softly -> {
            for (AwbNumber number : SAMPLE) {
                int checkDigit = number.serial().charAt(7) - '0';
                for (int shift = 1; shift <= 9; shift++) {
                    String mistyped = number.prefix() + "-" + replace(number.serial(), 7, (checkDigit + shift) % 10);

                    assertCaught(softly, number, mistyped, checkDigit);
                }
            }
        });
    }

    /**
     * The airline prefix is outside the check: any change of it still parses.
     *
     * <p>Checked for every sampled number, at each of the 3 prefix positions, with each of the 9 other digits.
     */
    @Test
    void prefixIsNotCoveredByTheCheckDigit() {
        assertSoftly(softly -> {
            for (AwbNumber number : SAMPLE) {
                for (int position = 0; position < 3; position++) {
                    int original = number.prefix().charAt(position) - '0';
                    for (int shift = 1; shift <= 9; shift++) {
                        String prefix = replace(number.prefix(), position, (original + shift) % 10);
                        String mistyped = prefix + "-" + number.serial();

                        assertParsesTo(softly, mistyped, new AwbNumber(prefix, number.serial()), number);
                    }
                }
            }
        });
    }

    /** The edge cases, then valid numbers from a random prefix and seven serial digits, check digit computed. */
    private static List<AwbNumber> sample() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<AwbNumber> numbers = new ArrayList<>(EDGE_CASES);
        while (numbers.size() < EDGE_CASES.size() + SAMPLE_SIZE) {
            AwbNumber number = valid(digits(random, 3), digits(random, 7));
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        return List.copyOf(numbers);
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static AwbNumber valid(String prefix, String firstSeven) {
        return new AwbNumber(prefix, firstSeven + AwbNumber.checkDigitOf(firstSeven));
    }

    /** The mistyped text is refused with a check-digit error for {@link AwbNumber#FIELD} expecting the given digit. */
    private static void assertCaught(SoftAssertions softly, AwbNumber number, String mistyped, int expectedDigit) {
        softly.check(() -> {
            Throwable thrown = catchThrowable(() -> AwbNumber.parse(mistyped));
            assertThat(thrown).as("%s (mistyped from %s) must be refused", mistyped, number)
                    .isInstanceOf(CheckDigitException.class);
            CheckDigitException e = (CheckDigitException) thrown;
            assertThat(e.field()).as("field named for %s", mistyped).isEqualTo(AwbNumber.FIELD);
            assertThat(e.expectedDigit()).as("expected digit named for %s", mistyped).isEqualTo(expectedDigit);
        });
    }

    /** The mistyped text parses, as a number other than {@code number} with the same check digit. */
    private static void assertAcceptedAsAnotherNumber(SoftAssertions softly, AwbNumber number, String mistyped) {
        AwbNumber parsed = parseSoftly(softly, mistyped, number);
        if (parsed != null) {
            softly.check(() -> {
                assertThat(parsed).as("%s parsed from %s", parsed, mistyped).isNotEqualTo(number)
                        .hasToString(mistyped);
                assertThat(parsed.serial().charAt(7)).as("check digit of %s (mistyped from %s)", mistyped, number)
                        .isEqualTo(number.serial().charAt(7));
            });
        }
    }

    /** {@code text}, derived from the valid {@code from}, parses and equals {@code expected}. */
    private static void assertParsesTo(SoftAssertions softly, String text, AwbNumber expected, AwbNumber from) {
        AwbNumber parsed = parseSoftly(softly, text, from);
        if (parsed != null) {
            softly.check(() -> assertThat(parsed).as("parse(%s), derived from %s", text, from).isEqualTo(expected));
        }
    }

    /** Parses {@code text}; if it is refused, records a failure naming it and {@code from}, and returns null. */
    private static AwbNumber parseSoftly(SoftAssertions softly, String text, AwbNumber from) {
        try {
            return AwbNumber.parse(text);
        } catch (RuntimeException e) {
            softly.fail("%s (derived from %s) must parse, but was refused: %s", text, from, e);
            return null;
        }
    }

    private static AwbNumber withSerialDigit(AwbNumber number, int position, int digit) {
        return valid(number.prefix(), replace(number.serial(), position, digit).substring(0, 7));
    }

    private static String replace(String digits, int position, int digit) {
        return digits.substring(0, position) + digit + digits.substring(position + 1);
    }
}
