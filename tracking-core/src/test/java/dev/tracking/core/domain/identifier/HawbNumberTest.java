package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HawbNumberTest {

    @Test
    void parsesToUpperCaseStripped() {
        assertThat(HawbNumber.parse(" hx12345 ").value()).isEqualTo("HX12345");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsMissingNumber(String text) {
        assertRejected(() -> HawbNumber.parse(text), HawbNumber.FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HX-1", "HX 1", "ABCDEFGHIJKLM"})
    void rejectsAnythingButOneToTwelveLettersOrDigits(String text) {
        assertRejected(() -> HawbNumber.parse(text), HawbNumber.FIELD);
    }

    @Test
    void acceptsTwelveCharacters() {
        assertThat(HawbNumber.parse("ABCDEFGHIJ12")).hasToString("ABCDEFGHIJ12");
    }

    @Test
    void ordersByValue() {
        assertThat(HawbNumber.parse("A1")).isLessThan(HawbNumber.parse("B1"));
    }
}
