package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FlightNumberTest {

    @ParameterizedTest
    @CsvSource({"LH400,LH400", "lh 400,LH400", "5X1234A,5X1234A", "X58,X58", "' qr 8101 ',QR8101"})
    void parsesDesignatorDigitsAndOptionalSuffix(String text, String canonical) {
        assertThat(FlightNumber.parse(text, "flight").value()).isEqualTo(canonical);
    }

    @Test
    void namesOperatingAirline() {
        assertThat(FlightNumber.parse("5X1234", "flight").airline()).isEqualTo("5X");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"LH", "LH12345", "55123", "LH400AB", "LH-400"})
    void rejectsMalformedFlightNamingField(String text) {
        assertRejected(() -> FlightNumber.parse(text, "flights[1].flight"), "flights[1].flight");
    }

    @Test
    void constructorDemandsCanonicalForm() {
        assertRejected(() -> new FlightNumber("lh400"), FlightNumber.FIELD);
        assertThat(new FlightNumber("LH400")).hasToString("LH400");
    }
}
