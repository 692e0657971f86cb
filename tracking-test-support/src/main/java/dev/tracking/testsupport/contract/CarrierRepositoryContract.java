package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.identifier.CarrierCode;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.testsupport.TestData;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CarrierRepository} must do. Extend this class in your adapter's tests and return ports over an
 * empty store from {@link #ports()}; see {@link PersistenceContract} for what the suites assume.
 */
public abstract class CarrierRepositoryContract extends PersistenceContract {

    @Test
    void insertStoresTheCarrierAtVersionOne() {
        Carrier carrier = TestData.carrier();

        Carrier stored = carriers().insert(carrier);

        assertThat(stored.version()).isEqualTo(1);
        assertSameState(stored, carrier.withVersion(1));
        assertSameState(carriers().findByDesignator("LH").orElseThrow(), carrier.withVersion(1));
    }

    @Test
    void everyFieldRoundTrips() {
        Carrier withEndpoint = new Carrier(CarrierCode.of("CA", "999"), "中国国际货运航空 Air China Cargo",
                new TrackingEndpoint(URI.create("https://cargo.example.cn/api/track?lang=zh-CN"), "müller",
                        "k3y/with+special=chars"),
                false, 0);
        Carrier withoutEndpoint = new Carrier(CarrierCode.of("5X", "406"), "UPS Airlines", null, true, 0);
        Carrier endpointWithoutCredentials = new Carrier(CarrierCode.of("QR", "157"), "Qatar Airways Cargo",
                new TrackingEndpoint(URI.create("http://localhost:8089/track"), null, null), true, 0);

        carriers().insert(withEndpoint);
        carriers().insert(withoutEndpoint);
        carriers().insert(endpointWithoutCredentials);

        assertSameState(carriers().findByDesignator("CA").orElseThrow(), withEndpoint.withVersion(1));
        assertSameState(carriers().findByDesignator("5X").orElseThrow(), withoutEndpoint.withVersion(1));
        assertSameState(carriers().findByDesignator("QR").orElseThrow(), endpointWithoutCredentials.withVersion(1));
    }

    @Test
    void findsByAwbPrefix() {
        givenCarrier(TestData.carrier());
        givenCarrier(TestData.carrier("EK", "176", "Emirates SkyCargo"));

        assertThat(carriers().findByAwbPrefix("176")).map(Carrier::designator).contains("EK");
        assertThat(carriers().findByAwbPrefix("020")).map(Carrier::designator).contains("LH");
    }

    @Test
    void findsNothingUnknown() {
        givenCarrier(TestData.carrier());

        assertThat(carriers().findByDesignator("EK")).isEmpty();
        assertThat(carriers().findByAwbPrefix("176")).isEmpty();
    }

    @Test
    void findAllListsEveryCarrierByDesignator() {
        givenCarrier(TestData.carrier());
        givenCarrier(TestData.carrier("EK", "176", "Emirates SkyCargo"));
        givenCarrier(TestData.carrier("5X", "406", "UPS Airlines"));
        givenCarrier(TestData.carrier("CV", "172", "Cargolux"));

        assertThat(carriers().findAll()).extracting(Carrier::designator).containsExactly("5X", "CV", "EK", "LH");
    }

    @Test
    void aTakenDesignatorIsADuplicate() {
        givenCarrier(TestData.carrier());

        assertThatThrownBy(() -> carriers().insert(TestData.carrier("LH", "999", "Someone Else")))
                .isInstanceOfSatisfying(DuplicateException.class,
                        e -> assertThat(e.field()).isEqualTo("designator"));
        assertThat(carriers().findAll()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo(
                "Lufthansa Cargo"));
        assertThat(carriers().findByAwbPrefix("999")).isEmpty();
    }

    @Test
    void aTakenAwbPrefixIsADuplicate() {
        givenCarrier(TestData.carrier());

        assertThatThrownBy(() -> carriers().insert(TestData.carrier("XX", "020", "Prefix Thief")))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.field()).isEqualTo("awbPrefix"));
        assertThat(carriers().findAll()).extracting(Carrier::designator).containsExactly("LH");
    }

    @Test
    void aCarrierTakingBothKeysIsADuplicateOfOne() {
        givenCarrier(TestData.carrier());

        assertThatThrownBy(() -> carriers().insert(TestData.carrier("LH", "020", "Twin")))
                .isInstanceOfSatisfying(DuplicateException.class,
                        e -> assertThat(e.field()).isIn("designator", "awbPrefix"));
    }

    @Test
    void updateChangesNameEndpointAndActiveAndReturnsTheNextVersion() {
        Carrier stored = givenCarrier(TestData.carrier());
        Carrier changed = new Carrier(stored.code(), "Lufthansa Cargo AG",
                new TrackingEndpoint(URI.create("https://cargo-api.example.com/lh/v3/track"), null, "rotated-key"),
                false, stored.version());

        Carrier updated = carriers().update(changed);

        assertSameState(updated, changed.withVersion(2));
        assertSameState(carriers().findByDesignator("LH").orElseThrow(), changed.withVersion(2));
    }

    @Test
    void updateCanRemoveTheEndpoint() {
        Carrier stored = givenCarrier(TestData.carrier());
        Carrier changed = new Carrier(stored.code(), stored.name(), null, true, stored.version());

        carriers().update(changed);

        assertThat(carriers().findByDesignator("LH").orElseThrow().trackingEndpoint()).isNull();
    }

    @Test
    void successiveUpdatesCountVersionsUp() {
        Carrier v1 = givenCarrier(TestData.carrier());
        Carrier v2 = carriers().update(new Carrier(v1.code(), "Name two", null, true, v1.version()));
        Carrier v3 = carriers().update(new Carrier(v2.code(), "Name three", null, true, v2.version()));

        assertThat(v3.version()).isEqualTo(3);
        assertThat(carriers().findByDesignator("LH").orElseThrow().name()).isEqualTo("Name three");
    }

    @Test
    void aStaleVersionIsAConflict() {
        Carrier v1 = givenCarrier(TestData.carrier());
        carriers().update(new Carrier(v1.code(), "First writer", null, true, 1));

        assertThatThrownBy(() -> carriers().update(new Carrier(v1.code(), "Second writer", null, true, 1)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> carriers().update(new Carrier(v1.code(), "From the future", null, true, 7)))
                .isInstanceOf(VersionConflictException.class);
        Carrier current = carriers().findByDesignator("LH").orElseThrow();
        assertThat(current.name()).isEqualTo("First writer");
        assertThat(current.version()).isEqualTo(2);
    }

    @Test
    void updatingAnUnknownCarrierIsNotFound() {
        assertThatThrownBy(() -> carriers().update(TestData.carrier().withVersion(1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(carriers().findAll()).isEmpty();
    }
}
