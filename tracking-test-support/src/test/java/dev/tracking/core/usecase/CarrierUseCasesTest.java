package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.identifier.CarrierCode;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.carrier.UpdateCarrierCommand;
import dev.tracking.testsupport.TestData;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierUseCasesTest {

    private PlatformFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
    }

    @Test
    void registerStoresTheCarrierAtVersionOne() {
        Carrier lufthansa = TestData.carrier();

        Carrier registered = fx.registerLufthansa();

        assertThat(registered.code()).isEqualTo(CarrierCode.of("LH", "020"));
        assertThat(registered.name()).isEqualTo(lufthansa.name());
        assertThat(registered.trackingEndpoint()).isEqualTo(lufthansa.trackingEndpoint());
        assertThat(registered.active()).isTrue();
        assertThat(registered.version()).isEqualTo(1);
        assertThat(fx.platform.carriers().get("LH")).isEqualTo(registered);
    }

    @Test
    void registerRefusesATakenDesignatorOnFieldDesignator() {
        Carrier first = fx.registerLufthansa();

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> fx.registerCarrier("LH", "999", "Another airline"));

        assertThat(duplicate.field()).isEqualTo("designator");
        assertThat(fx.platform.carriers().list()).containsExactly(first);
    }

    @Test
    void registerRefusesATakenAwbPrefixOnFieldAwbPrefix() {
        Carrier first = fx.registerLufthansa();

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> fx.registerCarrier("XQ", "020", "Another airline"));

        assertThat(duplicate.field()).isEqualTo("awbPrefix");
        assertThat(fx.platform.carriers().list()).containsExactly(first);
    }

    @Test
    void registerRefusesABlankName() {
        assertRejected(() -> fx.platform.carriers().register(
                new RegisterCarrierCommand(CarrierCode.of("LH", "020"), " ", null, true)), "name");
        assertThat(fx.platform.carriers().list()).isEmpty();
    }

    @Test
    void updateWithTheVersionReadChangesNameEndpointAndActiveButNeverTheCodes() {
        fx.registerLufthansa();
        TrackingEndpoint endpoint = new TrackingEndpoint(URI.create("https://cargo.example.com/v3"), "fwd-0815", null);

        Carrier updated = fx.platform.carriers().update(
                new UpdateCarrierCommand("lh", 1, "Lufthansa Cargo AG", endpoint, false));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.code()).isEqualTo(CarrierCode.of("LH", "020"));
        assertThat(updated.name()).isEqualTo("Lufthansa Cargo AG");
        assertThat(updated.trackingEndpoint()).isEqualTo(endpoint);
        assertThat(updated.active()).isFalse();
        assertThat(fx.platform.carriers().get("LH")).isEqualTo(updated);
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        fx.registerLufthansa();
        Carrier current = fx.platform.carriers().update(
                new UpdateCarrierCommand("LH", 1, "Lufthansa Cargo AG", null, true));

        VersionConflictException conflict = catchThrowableOfType(VersionConflictException.class,
                () -> fx.platform.carriers().update(new UpdateCarrierCommand("LH", 1, "Renamed", null, false)));

        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(fx.platform.carriers().get("LH")).isEqualTo(current);
    }

    @Test
    void updateOfAMissingCarrierIsNotFound() {
        assertThatThrownBy(() -> fx.platform.carriers().update(
                new UpdateCarrierCommand("XQ", 1, "Nobody", null, true)))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LH", "lh", "Lh", " lh "})
    void getFindsACarrierByItsDesignatorInAnyCase(String designator) {
        Carrier registered = fx.registerLufthansa();

        assertThat(fx.platform.carriers().get(designator)).isEqualTo(registered);
    }

    @Test
    void getOfAnUnknownDesignatorIsNotFound() {
        fx.registerLufthansa();

        assertThatThrownBy(() -> fx.platform.carriers().get("EK")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.platform.carriers().get(null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listReturnsEveryCarrierByDesignator() {
        Carrier lh = fx.registerLufthansa();
        Carrier ek = fx.registerCarrier("EK", "176", "Emirates SkyCargo");
        Carrier fiveX = fx.registerCarrier("5X", "406", "UPS Airlines");
        Carrier cv = fx.registerCarrier("CV", "172", "Cargolux");

        assertThat(fx.platform.carriers().list()).containsExactly(fiveX, cv, ek, lh);
    }

    @Test
    void listOfNoCarriersIsEmpty() {
        assertThat(fx.platform.carriers().list()).isEmpty();
    }
}
