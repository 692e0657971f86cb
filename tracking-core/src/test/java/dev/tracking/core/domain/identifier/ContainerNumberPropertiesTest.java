package dev.tracking.core.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.CheckDigitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The detection power of the ISO 6346 check digit, stated as properties over generated valid container numbers.
 *
 * <p>The check digit is the weighted sum {@code sum(value(c_i) * 2^i)} modulo 11, with remainder 10 written as 0. A
 * single change of character {@code i} from value {@code a} to {@code b} moves the remainder by
 * {@code (b - a) * 2^i} modulo 11. Since 11 is prime and {@code 2^i} is not a multiple of it, the remainder stays the
 * same exactly when {@code b - a} is a multiple of 11 — impossible for two digits, possible for two letters (A and K,
 * B and L, A and U, ...). Besides, remainders 0 and 10 both give check digit 0, so a change that moves the remainder
 * between them goes unnoticed too, for digits and letters alike.
 */
class ContainerNumberPropertiesTest {

    /** Every valid number survives formatting and parsing, in each notation the parser accepts. */
    @Property
    void validNumbersRoundTripThroughParseAndFormat(@ForAll("validContainerNumbers") ContainerNumber number) {
        String value = number.value();
        String spaced = value.substring(0, 4) + " " + value.substring(4, 10) + " " + value.substring(10);
        String dashed = value.substring(0, 4) + "-" + value.substring(4, 10) + "-" + value.substring(10);

        assertThat(ContainerNumber.parse(value)).isEqualTo(number);
        assertThat(ContainerNumber.parse(spaced.toLowerCase(Locale.ROOT))).isEqualTo(number);
        assertThat(ContainerNumber.parse(dashed)).isEqualTo(number);
    }

    /**
     * A change of one serial digit always changes the remainder, and is detected except when the remainder moves
     * between 0 and 10 (both check digit 0): then the mistyped number is valid.
     */
    @Property
    void singleSerialDigitChangeIsDetectedUnlessRemainderMovesBetweenZeroAndTen(
            @ForAll("validContainerNumbers") ContainerNumber number,
            @ForAll @IntRange(min = 4, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String value = number.value();
        int original = value.charAt(position) - '0';
        String mistypedFirstTen = replace(value, position, (char) ('0' + (original + shift) % 10)).substring(0, 10);

        int before = remainder(value.substring(0, 10));
        int after = remainder(mistypedFirstTen);
        assertThat(after).isNotEqualTo(before);
        assertDetectedUnlessZeroAndTen(number, mistypedFirstTen, before, after);
    }

    /**
     * A change of one owner-code letter is detected except when the two letters' values differ by a multiple of 11
     * (A-K, B-L, A-U, ...: the remainder does not move) or the remainder moves between 0 and 10.
     */
    @Property
    void singleOwnerLetterChangeIsDetectedUnlessValuesDifferByElevensOrRemainderMovesBetweenZeroAndTen(
            @ForAll("validContainerNumbers") ContainerNumber number,
            @ForAll @IntRange(min = 0, max = 2) int position,
            @ForAll @IntRange(min = 1, max = 25) int shift) {
        String value = number.value();
        char original = value.charAt(position);
        char replacement = (char) ('A' + (original - 'A' + shift) % 26);
        String mistypedFirstTen = replace(value, position, replacement).substring(0, 10);

        int before = remainder(value.substring(0, 10));
        int after = remainder(mistypedFirstTen);
        boolean valuesDifferByElevens =
                (ContainerNumber.valueOf(replacement) - ContainerNumber.valueOf(original)) % 11 == 0;
        assertThat(after == before).isEqualTo(valuesDifferByElevens);
        Statistics.label("letters").collect(valuesDifferByElevens ? "values differ by 11 or 22" : "other");
        Statistics.label("letters").coverage(c -> c.check("values differ by 11 or 22").count(n -> n > 0));
        assertDetectedUnlessZeroAndTen(number, mistypedFirstTen, before, after);
    }

    /** The letter blind spot on its own: swapping a letter for one whose value differs by 11 or 22 is never noticed. */
    @Property
    void ownerLetterSwappedForOneElevensApartIsNotDetected(
            @ForAll("validContainerNumbers") ContainerNumber number,
            @ForAll @IntRange(min = 0, max = 2) int position,
            @ForAll("lettersElevensApart") Tuple2<Character, Character> letters) {
        String firstTen = replace(number.value(), position, letters.get1()).substring(0, 10);
        String mistyped = replace(firstTen, position, letters.get2());
        int checkDigit = ContainerNumber.checkDigitOf(firstTen);

        assertThat(ContainerNumber.parse(mistyped + checkDigit).value()).isEqualTo(mistyped + checkDigit);
    }

    /** Replacing the check digit by any other digit is always detected, and the error names the right digit. */
    @Property
    void changedCheckDigitIsAlwaysDetected(
            @ForAll("validContainerNumbers") ContainerNumber number,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String mistyped = number.value().substring(0, 10) + (number.checkDigit() + shift) % 10;

        assertThatThrownBy(() -> ContainerNumber.parse(mistyped))
                .isInstanceOfSatisfying(CheckDigitException.class,
                        e -> assertThat(e.expectedDigit()).isEqualTo(number.checkDigit()));
    }

    /** Valid numbers: random owner code, category and serial, with the check digit computed. */
    @Provide
    Arbitrary<ContainerNumber> validContainerNumbers() {
        Arbitrary<String> owners = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        Arbitrary<Character> categories = Arbitraries.of('U', 'J', 'Z');
        Arbitrary<String> serials = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(owners, categories, serials).as((owner, category, serial) ->
                new ContainerNumber(owner, category, serial, ContainerNumber.checkDigitOf(owner + category + serial)));
    }

    /** Every ordered pair of distinct letters whose ISO 6346 values differ by a multiple of 11. */
    @Provide
    Arbitrary<Tuple2<Character, Character>> lettersElevensApart() {
        List<Tuple2<Character, Character>> pairs = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if (a != b && (ContainerNumber.valueOf(a) - ContainerNumber.valueOf(b)) % 11 == 0) {
                    pairs.add(Tuple.of(a, b));
                }
            }
        }
        return Arbitraries.of(pairs);
    }

    private static void assertDetectedUnlessZeroAndTen(ContainerNumber number, String mistypedFirstTen, int before,
            int after) {
        boolean zeroAndTen = before % 10 == 0 && after % 10 == 0 && before != after;
        Statistics.label("remainder").collect(zeroAndTen ? "moved between 0 and 10" : "other");
        Statistics.label("remainder").coverage(c -> c.check("moved between 0 and 10").count(n -> n > 0));
        String mistyped = mistypedFirstTen + number.checkDigit();
        if (before == after || zeroAndTen) {
            assertThat(ContainerNumber.parse(mistyped).value()).isEqualTo(mistyped);
        } else {
            assertThatThrownBy(() -> ContainerNumber.parse(mistyped))
                    .isInstanceOfSatisfying(CheckDigitException.class, e -> {
                        assertThat(e.field()).isEqualTo(ContainerNumber.FIELD);
                        assertThat(e.expectedDigit()).isEqualTo(after % 10);
                    });
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
