package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AirportCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"ORD", "ord", " Ord "})
    void parsesThreeLettersInEitherCase(String text) {
        assertThat(AirportCode.of(text).value()).isEqualTo("ORD");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"OR", "ORDX", "O1D", "O-D"})
    void rejectsAnythingButThreeLettersNamingField(String text) {
        assertRejected(() -> AirportCode.parse(text, "destination"), "destination");
    }

    @Test
    void ofNamesDefaultField() {
        assertRejected(() -> AirportCode.of("XX"), AirportCode.FIELD);
    }

    @Test
    void constructorDemandsCanonicalUpperCase() {
        assertRejected(() -> new AirportCode("ord"), AirportCode.FIELD);
    }

    @Test
    void ordersAlphabetically() {
        assertThat(AirportCode.of("FRA")).isLessThan(AirportCode.of("LHR"));
        assertThat(AirportCode.of("ORD")).hasToString("ORD");
    }
}
