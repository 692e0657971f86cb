package dev.tracking.core.domain.event;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.measure.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShipmentPortionTest {

    @Test
    void keepsTypePiecesAndOptionalWeight() {
        ShipmentPortion portion = new ShipmentPortion(PortionType.PART, 3, null);

        assertThat(portion.type()).isEqualTo(PortionType.PART);
        assertThat(portion.pieces()).isEqualTo(3);
        assertThat(portion.weight()).isNull();
        assertThat(new ShipmentPortion(PortionType.TOTAL, 99_999, Weight.kg("1")).pieces()).isEqualTo(99_999);
    }

    @Test
    void rejectsMissingType() {
        assertRejected(() -> new ShipmentPortion(null, 1, null), "portion.type");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_000})
    void rejectsPiecesOutsideOneTo99999(int pieces) {
        assertRejected(() -> new ShipmentPortion(PortionType.TOTAL, pieces, null), "portion.pieces");
    }
}
