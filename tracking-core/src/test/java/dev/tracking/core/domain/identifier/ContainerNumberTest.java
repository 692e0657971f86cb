package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static dev.tracking.core.testing.ValidationAssertions.assertWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "csqu 305438 3", "CSQU-305438-3", " CSQU 3054383 "})
    void parsesEveryAcceptedNotation(String text) {
        ContainerNumber number = ContainerNumber.parse(text);

        assertThat(number.ownerCode()).isEqualTo("CSQ");
        assertThat(number.category()).isEqualTo('U');
        assertThat(number.serial()).isEqualTo("305438");
        assertThat(number.checkDigit()).isEqualTo(3);
        assertThat(number.value()).isEqualTo("CSQU3054383");
        assertThat(number).hasToString("CSQU3054383");
    }

    @Test
    void rejectsWrongCheckDigitNamingExpectedDigit() {
        var e = assertWrongCheckDigit(() -> ContainerNumber.parse("CSQU3054384"), ContainerNumber.FIELD, 3);

        assertThat(e.actualDigit()).isEqualTo(4);
    }

    @Test
    void rejectsWrongCheckDigitUnderTheCallersFieldName() {
        assertWrongCheckDigit(() -> ContainerNumber.parse("CSQU3054384", "equipment[0]"), "equipment[0]", 3);
    }

    @ParameterizedTest
    @ValueSource(chars = {'U', 'J', 'Z'})
    void acceptsCategoriesUJAndZ(char category) {
        String firstTen = "CSQ" + category + "305438";
        int digit = ContainerNumber.checkDigitOf(firstTen);

        assertThat(ContainerNumber.parse(firstTen + digit).category()).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(chars = {'A', 'K', 'X'})
    void rejectsOtherCategories(char category) {
        String firstTen = "CSQ" + category + "305438";
        int digit = ContainerNumber.checkDigitOf(firstTen);

        var e = assertRejected(() -> ContainerNumber.parse(firstTen + digit), ContainerNumber.FIELD);
        assertThat(e.violations().get(0).message()).contains("U, J or Z");
    }

    @Test
    void rejectsOtherCategoryUnderTheCallersFieldName() {
        assertRejected(() -> ContainerNumber.parse("CSQX3054383", "container"), "container");
    }

    @ParameterizedTest
    @CsvSource({"A,10", "B,12", "K,21", "L,23", "U,32", "V,34", "Z,38", "0,0", "9,9"})
    void valuesCharactersAsIso6346Does(char c, int value) {
        assertThat(ContainerNumber.valueOf(c)).isEqualTo(value);
    }

    @Test
    void letterValuesSkipMultiplesOfEleven() {
        for (char c = 'A'; c <= 'Z'; c++) {
            assertThat(ContainerNumber.valueOf(c) % 11).as("value of %s", c).isNotZero();
        }
    }

    @Test
    void refusesToValueOtherCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContainerNumber.valueOf('a'));
        assertThatIllegalArgumentException().isThrownBy(() -> ContainerNumber.valueOf('-'));
    }

    @Test
    void remainderTenGivesCheckDigitZero() {
        // MAEU0019940: weighted sum modulo 11 is 10
        assertThat(ContainerNumber.checkDigitOf("MAEU001994")).isZero();
        assertThat(ContainerNumber.parse("MAEU0019940").checkDigit()).isZero();
    }

    @Test
    void serialDigitChangeMovingRemainderBetweenZeroAndTenGoesUndetected() {
        // remainder 0 for CSQU004985, 10 for CSQU204985: both check digit 0
        assertThat(ContainerNumber.parse("CSQU0049850")).isNotEqualTo(ContainerNumber.parse("CSQU2049850"));
    }

    @Test
    void ownerLetterChangeMovingRemainderBetweenZeroAndTenGoesUndetected() {
        // C=13 and D=14 do not differ by a multiple of 11, yet remainders 10 and 0 both give check digit 0
        assertThat(ContainerNumber.parse("CSQU0019820")).isNotEqualTo(ContainerNumber.parse("DSQU0019820"));
    }

    @Test
    void ownerLettersWhoseValuesDifferByElevenShareTheCheckDigit() {
        assertThat(ContainerNumber.checkDigitOf("ASQU305438")).isEqualTo(ContainerNumber.checkDigitOf("KSQU305438"));
        assertThat(ContainerNumber.checkDigitOf("CBQU305438")).isEqualTo(ContainerNumber.checkDigitOf("CLQU305438"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsMissingNumber(String text) {
        assertRejected(() -> ContainerNumber.parse(text), ContainerNumber.FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSQU305438", "CSQU30543833", "CS1U3054383", "CSQU30543A3", "CSQU/3054383"})
    void rejectsMalformedNumberNamingField(String text) {
        assertRejected(() -> ContainerNumber.parse(text, "container"), "container");
    }

    @Test
    void rejectsMalformedPartsInConstructor() {
        assertRejected(() -> new ContainerNumber("csq", 'U', "305438", 3), ContainerNumber.FIELD);
        assertRejected(() -> new ContainerNumber("CSQ", 'U', "30543", 3), ContainerNumber.FIELD);
        assertRejected(() -> new ContainerNumber(null, 'U', "305438", 3), ContainerNumber.FIELD);
        assertRejected(() -> new ContainerNumber("CSQ", 'U', null, 3), ContainerNumber.FIELD);
    }

    @Test
    void isAnEquipmentId() {
        EquipmentId id = ContainerNumber.parse("CSQU3054383");

        assertThat(id.value()).isEqualTo("CSQU3054383");
    }
}
