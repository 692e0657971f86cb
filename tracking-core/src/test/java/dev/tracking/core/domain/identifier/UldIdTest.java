package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UldIdTest {

    @Test
    void parsesFiveDigitSerial() {
        UldId id = UldId.parse("PMC72534QR");

        assertThat(id.typeCode()).isEqualTo("PMC");
        assertThat(id.serial()).isEqualTo("72534");
        assertThat(id.owner()).isEqualTo("QR");
        assertThat(id.value()).isEqualTo("PMC72534QR");
    }

    @Test
    void parsesFourDigitSerial() {
        UldId id = UldId.parse("AKE1234LH");

        assertThat(id.typeCode()).isEqualTo("AKE");
        assertThat(id.serial()).isEqualTo("1234");
        assertThat(id.owner()).isEqualTo("LH");
        assertThat(id).hasToString("AKE1234LH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pmc 72534 qr", "PMC-72534-QR", " PMC72534QR "})
    void parsesSeparatedAndLowerCaseNotations(String text) {
        assertThat(UldId.parse(text)).isEqualTo(new UldId("PMC", "72534", "QR"));
    }

    @Test
    void acceptsOwnerDesignatorWithDigit() {
        assertThat(UldId.parse("AKE12345X5").owner()).isEqualTo("X5");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsMissingId(String text) {
        assertRejected(() -> UldId.parse(text), UldId.FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PM72534QR", "PMC123QR", "PMC123456QR", "PMC72534", "PMC72534Q-R2", "P1C72534QR"})
    void rejectsMalformedIdNamingField(String text) {
        assertRejected(() -> UldId.parse(text, "uld"), "uld");
    }

    /**
     * An owner of two digits is no airline designator: {@code AKE1234567} would be owner {@code 67} (after serial
     * {@code 12345}), and is refused naming the ULD id field.
     */
    @ParameterizedTest
    @ValueSource(strings = {"AKE1234567", "AKE 12345 67", "pmc7253400"})
    void rejectsAllDigitOwnerNamingField(String text) {
        ValidationException e = assertRejected(() -> UldId.parse(text), UldId.FIELD);

        assertThat(e.violations().get(0).message()).contains("owner");
    }

    @Test
    void rejectsAllDigitOwnerInConstructor() {
        assertRejected(() -> new UldId("AKE", "12345", "67"), UldId.FIELD);
        assertRejected(() -> new UldId("AKE", "1234", "00"), UldId.FIELD);
    }

    @Test
    void rejectsMalformedPartsInConstructor() {
        assertRejected(() -> new UldId("pmc", "72534", "QR"), UldId.FIELD);
        assertRejected(() -> new UldId("PMC", "725", "QR"), UldId.FIELD);
        assertRejected(() -> new UldId("PMC", "72534", "Q"), UldId.FIELD);
        assertRejected(() -> new UldId(null, "72534", "QR"), UldId.FIELD);
    }
}
