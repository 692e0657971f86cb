package dev.tracking.core.domain.identifier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static dev.tracking.core.testing.ValidationAssertions.assertWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquipmentIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"CSQU3054383", "csqu 305438 3", "CSQU-305438-3"})
    void parsesContainerNumberWhenFourthCharacterIsCategory(String text) {
        assertThat(EquipmentId.parse(text, "equipment"))
                .isInstanceOf(ContainerNumber.class)
                .extracting(EquipmentId::value).isEqualTo("CSQU3054383");
    }

    @Test
    void parsesContainerNumberOfCategoryJAndZ() {
        String detachable = "CSQJ305438" + ContainerNumber.checkDigitOf("CSQJ305438");
        String chassis = "CSQZ305438" + ContainerNumber.checkDigitOf("CSQZ305438");

        assertThat(EquipmentId.parse(detachable, "equipment")).isInstanceOf(ContainerNumber.class);
        assertThat(EquipmentId.parse(chassis, "equipment")).isInstanceOf(ContainerNumber.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PMC72534QR", "AKE1234LH", "pmc 72534 qr"})
    void parsesUldIdOtherwise(String text) {
        assertThat(EquipmentId.parse(text, "equipment")).isInstanceOf(UldId.class);
    }

    @Test
    void reportsContainerCheckDigitUnderTheCallersFieldName() {
        assertWrongCheckDigit(() -> EquipmentId.parse("CSQU3054384", "equipment[2]"), "equipment[2]", 3);
    }

    @Test
    void reportsUnrecognisedTextUnderTheCallersFieldName() {
        assertRejected(() -> EquipmentId.parse("NOT-AN-ID", "equipment[0]"), "equipment[0]");
        assertRejected(() -> EquipmentId.parse(null, "equipment[0]"), "equipment[0]");
    }
}
