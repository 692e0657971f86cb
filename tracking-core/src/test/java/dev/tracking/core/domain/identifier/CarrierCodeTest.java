package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"LH", "5X", "X5", "lh", " LH "})
    void acceptsTwoCharacterDesignatorsWithALetter(String designator) {
        assertThat(CarrierCode.of(designator, "020").designator())
                .isEqualTo(designator.strip().toUpperCase(Locale.ROOT));
    }

    @Test
    void keepsAwbPrefixAndFormatsBoth() {
        CarrierCode code = CarrierCode.of("lh", "020");

        assertThat(code.awbPrefix()).isEqualTo("020");
        assertThat(code).hasToString("LH/020");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"55", "L", "LHA", "L-"})
    void rejectsDesignatorThatIsNotTwoCharactersWithALetter(String designator) {
        assertRejected(() -> CarrierCode.of(designator, "020"), "carrierCode.designator");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"20", "0200", "O20"})
    void rejectsAwbPrefixThatIsNotThreeDigits(String prefix) {
        assertRejected(() -> CarrierCode.of("LH", prefix), "carrierCode.awbPrefix");
    }

    @Test
    void tellsWellFormedDesignators() {
        assertThat(CarrierCode.isDesignator("5X")).isTrue();
        assertThat(CarrierCode.isDesignator("55")).isFalse();
        assertThat(CarrierCode.isDesignator("lh")).isFalse();
        assertThat(CarrierCode.isDesignator(null)).isFalse();
    }
}
