package dev.tracking.core.domain.event;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodeTest {

    @ParameterizedTest
    @EnumSource(FsuCode.class)
    void everyFsuCodeIsAStandardCode(FsuCode fsu) {
        EventCode code = EventCode.of(fsu);

        assertThat(code.value()).isEqualTo(fsu.name());
        assertThat(code.fsu()).contains(fsu);
        assertThat(code.isCustom()).isFalse();
    }

    @Test
    void parsesStrippedInEitherCase() {
        assertThat(EventCode.of(" arr ").fsu()).contains(FsuCode.ARR);
        assertThat(EventCode.of("arr")).hasToString("ARR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUCK_LOADED", "X1", "ARRIVED_AT_CFS_2"})
    void otherWellFormedCodesAreCustom(String text) {
        EventCode code = EventCode.of(text);

        assertThat(code.isCustom()).isTrue();
        assertThat(code.fsu()).isEmpty();
    }

    @Test
    void acceptsThirtyCharacters() {
        assertThat(EventCode.of("A".repeat(30)).value()).hasSize(30);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1AB", "_AB", "TRUCK-LOADED", "TRUCK LOADED", "A234567890123456789012345678901"})
    void rejectsMalformedCode(String text) {
        assertRejected(() -> EventCode.of(text), EventCode.FIELD);
    }

    @Test
    void constructorDemandsUpperCase() {
        assertRejected(() -> new EventCode("arr"), EventCode.FIELD);
    }
}
