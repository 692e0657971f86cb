package dev.tracking.core.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import dev.tracking.core.domain.common.CheckDigitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The detection power of the ISO 6346 check digit, stated over a fixed sample of valid container numbers.
 *
 * <p>The check digit is the weighted sum {@code sum(value(c_i) * 2^i)} modulo 11, with remainder 10 written as 0. A
 * single change of character {@code i} from value {@code a} to {@code b} moves the remainder by
 * {@code (b - a) * 2^i} modulo 11. Since 11 is prime and {@code 2^i} is not a multiple of it, the remainder stays the
 * same exactly when {@code b - a} is a multiple of 11 — impossible for two digits, possible for two letters (A and K,
 * B and L, A and U, ...). Besides, remainders 0 and 10 both give check digit 0, so a change that moves the remainder
 * between them goes unnoticed too, for digits and letters alike.
 *
 * <p>The numbers are drawn with a {@link SplittableRandom} seeded with {@link #SEED}, so every run checks the same
 * {@link #SAMPLE_SIZE} random numbers plus the {@link #EDGE_CASES}, and a failure reproduces. For each of them the
 * mistakes are enumerated exhaustively: every position, every replacement character. Failures are collected softly
 * and name the valid number and the mistyped text.
 */
class ContainerNumberPropertiesTest {

    /** Seed of the sample: change it to look at other numbers, never to make a failure go away. */
    private static final long SEED = 0x1506_6346_C5A0_3054L;

    /** How many random valid numbers the sample holds, besides the edge cases. */
    private static final int SAMPLE_SIZE = 300;

    /**
     * Valid numbers at the ends of the ranges, a published example, and CSQU0019820, whose remainder is 10, so that
     * the change to DSQU0019820 (remainder 0) is in the sample.
     */
    private static final List<ContainerNumber> EDGE_CASES = List.of(
            valid("AAA", 'U', "000000"), valid("ZZZ", 'Z', "999999"), valid("CSQ", 'U', "305438"),
            valid("CSQ", 'U', "001982"));

    private static final char[] CATEGORIES = {'U', 'J', 'Z'};

    private static final List<ContainerNumber> SAMPLE = sample();

    @Test
    void sampleHasTheStatedSizeAndAllCategories() {
        assertThat(SAMPLE).hasSize(SAMPLE_SIZE + EDGE_CASES.size()).doesNotHaveDuplicates();
        assertThat(SAMPLE).extracting(ContainerNumber::category).contains('U', 'J', 'Z');
    }

    /** Every valid number survives formatting and parsing, in each notation the parser accepts. */
    @Test
    void validNumbersRoundTripThroughParseAndFormat() {
        assertSoftly(softly -> {
            for (ContainerNumber number : SAMPLE) {
                String value = number.value();
                String spaced = value.substring(0, 4) + " " + value.substring(4, 10) + " " + value.substring(10);
                String dashed = value.substring(0, 4) + "-" + value.substring(4, 10) + "-" + value.substring(10);

                assertParsesTo(softly, value, number, number);
                assertParsesTo(softly, spaced.toLowerCase(Locale.ROOT), number, number);
                assertParsesTo(softly, dashed, number, number);
            }
        });
    }

    /**
     * A change of one serial digit always changes the remainder, and is detected except when the remainder moves
     * between 0 and 10 (both check digit 0): then the mistyped number is valid.
     *
     * <p>Checked for every sampled number, at each of the 6 serial positions, with each of the 9 other digits.
     */
    @Test
    void singleSerialDigitChangeIsDetectedUnlessRemainderMovesBetweenZeroAndTen() {
        int[] zeroAndTen = {0};
        assertSoftly(softly -> {
            for (ContainerNumber number : SAMPLE) {
                String value = number.value();
                int before = remainder(value.substring(0, 10));
                for (int position = 4; position <= 9; position++) {
                    int original = value.charAt(position) - '0';
                    for (int shift = 1; shift <= 9; shift++) {
                        String mistypedFirstTen =
                                replace(value, position, (char) ('0' + (original + shift) % 10)).substring(0, 10);

                        int after = remainder(mistypedFirstTen);
                        softly.check(() -> assertThat(after)
                                .as("remainder of %s against %s", mistypedFirstTen, number).isNotEqualTo(before));
                        if (assertDetectedUnlessZeroAndTen(softly, number, mistypedFirstTen, before, after)) {
                            zeroAndTen[0]++;
                        }
                    }
                }
            }
        });
        assertThat(zeroAndTen[0]).as("serial changes moving the remainder between 0 and 10 in the sample")
                .isPositive();
    }

    /**
     * A change of one owner-code letter is detected except when the two letters' values differ by a multiple of 11
     * (A-K, B-L, A-U, ...: the remainder does not move) or the remainder moves between 0 and 10.
     *
     * <p>Checked for every sampled number, at each of the 3 owner-code positions, with each of the 25 other letters.
     */
    @Test
    void singleOwnerLetterChangeIsDetectedUnlessValuesDifferByElevensOrRemainderMovesBetweenZeroAndTen() {
        int[] elevensApart = {0};
        int[] zeroAndTen = {0};
        assertSoftly(softly -> {
            for (ContainerNumber number : SAMPLE) {
                String value = number.value();
                int before = remainder(value.substring(0, 10));
                for (int position = 0; position <= 2; position++) {
                    char original = value.charAt(position);
                    for (char replacement = 'A'; replacement <= 'Z'; replacement++) {
                        if (replacement == original) {
                            continue;
                        }
                        String mistypedFirstTen = replace(value, position, replacement).substring(0, 10);

                        int after = remainder(mistypedFirstTen);
                        boolean valuesDifferByElevens =
                                (ContainerNumber.valueOf(replacement) - ContainerNumber.valueOf(original)) % 11 == 0;
                        softly.check(() -> assertThat(after == before)
                                .as("%s -> %s: remainder unchanged exactly when the letters are 11 or 22 apart",
                                        number, mistypedFirstTen)
                                .isEqualTo(valuesDifferByElevens));
                        if (valuesDifferByElevens) {
                            elevensApart[0]++;
                        }
                        if (assertDetectedUnlessZeroAndTen(softly, number, mistypedFirstTen, before, after)) {
                            zeroAndTen[0]++;
                        }
                    }
                }
            }
        });
        assertThat(elevensApart[0]).as("letter changes between values 11 or 22 apart in the sample").isPositive();
        assertThat(zeroAndTen[0]).as("letter changes moving the remainder between 0 and 10 in the sample")
                .isPositive();
    }

    /**
     * The letter blind spot on its own: swapping a letter for one whose value differs by 11 or 22 is never noticed.
     *
     * <p>Checked for every sampled number, at each of the 3 owner-code positions, with every one of the
     * {@link #lettersElevensApart() 44 ordered letter pairs}: the sampled number's letter at that position is first
     * set to the pair's first letter (and the check digit recomputed).
     */
    @Test
    void ownerLetterSwappedForOneElevensApartIsNotDetected() {
        List<char[]> pairs = lettersElevensApart();
        assertThat(pairs).as("ordered pairs of letters 11 or 22 apart: A-K-U, B-L-V, ..., F-P-Z, G-Q, ..., J-T")
                .hasSize(6 * 6 + 4 * 2);
        assertSoftly(softly -> {
            for (ContainerNumber number : SAMPLE) {
                for (int position = 0; position <= 2; position++) {
                    for (char[] letters : pairs) {
                        String firstTen = replace(number.value(), position, letters[0]).substring(0, 10);
                        int checkDigit = ContainerNumber.checkDigitOf(firstTen);
                        String mistyped = replace(firstTen, position, letters[1]) + checkDigit;

                        ContainerNumber parsed = parseSoftly(softly, mistyped, firstTen);
                        if (parsed != null) {
                            softly.check(() -> assertThat(parsed.value()).as("value of %s", mistyped)
                                    .isEqualTo(mistyped));
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
            for (ContainerNumber number : SAMPLE) {
                for (int shift = 1; shift <= 9; shift++) {
                    String mistyped = number.value().substring(0, 10) + (number.checkDigit() + shift) % 10;

                    assertCaught(softly, number, mistyped, number.checkDigit());
                }
            }
        });
    }

    /** The edge cases, then valid numbers from a random owner code, category and serial, check digit computed. */
    private static List<ContainerNumber> sample() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<ContainerNumber> numbers = new ArrayList<>(EDGE_CASES);
        while (numbers.size() < EDGE_CASES.size() + SAMPLE_SIZE) {
            StringBuilder owner = new StringBuilder(3);
            for (int i = 0; i < 3; i++) {
                owner.append((char) ('A' + random.nextInt(26)));
            }
            char category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            StringBuilder serial = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                serial.append((char) ('0' + random.nextInt(10)));
            }
            ContainerNumber number = valid(owner.toString(), category, serial.toString());
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        return List.copyOf(numbers);
    }

    private static ContainerNumber valid(String owner, char category, String serial) {
        return new ContainerNumber(owner, category, serial, ContainerNumber.checkDigitOf(owner + category + serial));
    }

    /** Every ordered pair of distinct letters whose ISO 6346 values differ by a multiple of 11. */
    private static List<char[]> lettersElevensApart() {
        List<char[]> pairs = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if (a != b && (ContainerNumber.valueOf(a) - ContainerNumber.valueOf(b)) % 11 == 0) {
                    pairs.add(new char[] {a, b});
                }
            }
        }
        return pairs;
    }

    /**
     * The mistyped number (first ten characters changed, check digit kept) parses when the remainder did not move or
     * moved between 0 and 10, and is otherwise refused naming the digit the new remainder calls for. Returns whether
     * the remainder moved between 0 and 10.
     */
    private static boolean assertDetectedUnlessZeroAndTen(SoftAssertions softly, ContainerNumber number,
            String mistypedFirstTen, int before, int after) {
        boolean zeroAndTen = before % 10 == 0 && after % 10 == 0 && before != after;
        String mistyped = mistypedFirstTen + number.checkDigit();
        if (before == after || zeroAndTen) {
            ContainerNumber parsed = parseSoftly(softly, mistyped, number.value());
            if (parsed != null) {
                softly.check(() -> assertThat(parsed.value()).as("value of %s", mistyped).isEqualTo(mistyped));
            }
        } else {
            assertCaught(softly, number, mistyped, after % 10);
        }
        return zeroAndTen;
    }

    /** The mistyped text is refused with a check-digit error for {@link ContainerNumber#FIELD} expecting the digit. */
    private static void assertCaught(SoftAssertions softly, ContainerNumber number, String mistyped,
            int expectedDigit) {
        softly.check(() -> {
            Throwable thrown = catchThrowable(() -> ContainerNumber.parse(mistyped));
            assertThat(thrown).as("%s (mistyped from %s) must be refused", mistyped, number)
                    .isInstanceOf(CheckDigitException.class);
            CheckDigitException e = (CheckDigitException) thrown;
            assertThat(e.field()).as("field named for %s", mistyped).isEqualTo(ContainerNumber.FIELD);
            assertThat(e.expectedDigit()).as("expected digit named for %s", mistyped).isEqualTo(expectedDigit);
        });
    }

    /** {@code text}, derived from the valid {@code from}, parses and equals {@code expected}. */
    private static void assertParsesTo(SoftAssertions softly, String text, ContainerNumber expected,
            ContainerNumber from) {
        ContainerNumber parsed = parseSoftly(softly, text, from.value());
        if (parsed != null) {
            softly.check(() -> assertThat(parsed).as("parse(%s), derived from %s", text, from)
                    .isEqualTo(expected));
        }
    }

    /** Parses {@code text}; if it is refused, records a failure naming it and {@code from}, and returns null. */
    private static ContainerNumber parseSoftly(SoftAssertions softly, String text, String from) {
        try {
            return ContainerNumber.parse(text);
        } catch (RuntimeException e) {
            softly.fail("%s (derived from %s) must parse, but was refused: %s", text, from, e);
            return null;
        }
    }

    /** The weighted sum modulo 11, computed independently: ISO values times powers of 2. */
    private static int remainder(String firstTen) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 10; i++) {
            sum += ContainerNumber.valueOf(firstTen.charAt(i)) * weight;
            weight *= 2;
        }
        return sum % 11;
    }

    private static String replace(String text, int position, char c) {
        return text.substring(0, position) + c + text.substring(position + 1);
    }
}
