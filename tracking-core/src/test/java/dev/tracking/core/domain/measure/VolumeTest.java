package dev.tracking.core.domain.measure;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VolumeTest {

    @Test
    void keepsAmountAndUnit() {
        Volume volume = Volume.cbm("12.345");

        assertThat(volume.amount()).isEqualByComparingTo("12.345");
        assertThat(volume.unit()).isEqualTo(VolumeUnit.CBM);
        assertThat(volume).hasToString("12.345 CBM");
    }

    @Test
    void acceptsCubicFeet() {
        assertThat(new Volume(new BigDecimal("100"), VolumeUnit.CFT).unit()).isEqualTo(VolumeUnit.CFT);
    }

    @Test
    void rejectsNegativeAmount() {
        assertRejected(() -> Volume.cbm("-1"), Volume.FIELD);
    }

    @Test
    void rejectsMoreThanThreeDecimals() {
        assertRejected(() -> Volume.cbm("0.0001"), Volume.FIELD);
    }

    @Test
    void rejectsOneBillionOrMore() {
        assertRejected(() -> Volume.cbm("1000000000"), Volume.FIELD);
    }

    @Test
    void rejectsMissingAmountOrUnit() {
        assertRejected(() -> new Volume(null, VolumeUnit.CBM), Volume.FIELD);
        assertRejected(() -> new Volume(BigDecimal.ONE, null), Volume.FIELD);
    }
}
