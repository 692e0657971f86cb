package dev.tracking.core.port.in.carrier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.identifier.CarrierCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierCommandsTest {

    private static final CarrierCode LH = CarrierCode.of("LH", "020");

    @Test
    void registerStripsName() {
        assertThat(new RegisterCarrierCommand(LH, " Lufthansa Cargo ", null, true).name())
                .isEqualTo("Lufthansa Cargo");
    }

    @Test
    void registerRejectsMissingCode() {
        assertRejected(() -> new RegisterCarrierCommand(null, "Lufthansa Cargo", null, true), "code");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void registerRejectsMissingName(String name) {
        assertRejected(() -> new RegisterCarrierCommand(LH, name, null, true), "name");
    }

    @Test
    void registerRejectsOverlongName() {
        assertRejected(() -> new RegisterCarrierCommand(LH, "n".repeat(201), null, true), "name");
    }

    @Test
    void updateUpperCasesDesignator() {
        UpdateCarrierCommand command = new UpdateCarrierCommand(" lh ", 1, "Lufthansa Cargo", null, false);

        assertThat(command.designator()).isEqualTo("LH");
        assertThat(command.active()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"LHX"})
    void updateRejectsMissingOrOverlongDesignator(String designator) {
        assertRejected(() -> new UpdateCarrierCommand(designator, 1, "Lufthansa Cargo", null, true), "designator");
    }

    @Test
    void updateRejectsMissingName() {
        assertRejected(() -> new UpdateCarrierCommand("LH", 1, " ", null, true), "name");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void updateRejectsVersionBelowOne(long version) {
        assertRejected(() -> new UpdateCarrierCommand("LH", version, "Lufthansa Cargo", null, true),
                "expectedVersion");
    }
}
