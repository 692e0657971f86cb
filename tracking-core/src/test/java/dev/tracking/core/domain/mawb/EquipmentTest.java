package dev.tracking.core.domain.mawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.UldId;
import org.junit.jupiter.api.Test;

class EquipmentTest {

    @Test
    void containerIsAnOceanContainer() {
        assertThat(Equipment.of(ContainerNumber.parse("CSQU3054383")).isOceanContainer()).isTrue();
    }

    @Test
    void uldIsNotAnOceanContainer() {
        assertThat(Equipment.of(UldId.parse("AKE1234LH")).isOceanContainer()).isFalse();
    }

    @Test
    void stripsSealNumberAndTreatsBlankAsAbsent() {
        assertThat(new Equipment(UldId.parse("AKE1234LH"), " SEAL-42 ").sealNumber()).isEqualTo("SEAL-42");
        assertThat(new Equipment(UldId.parse("AKE1234LH"), "  ").sealNumber()).isNull();
    }

    @Test
    void rejectsOverlongSealNumber() {
        assertRejected(() -> new Equipment(UldId.parse("AKE1234LH"), "s".repeat(41)), "sealNumber");
    }

    @Test
    void requiresId() {
        assertThatNullPointerException().isThrownBy(() -> Equipment.of(null));
    }
}
