package dev.tracking.core.domain.carrier;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.tracking.core.domain.identifier.CarrierCode;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierTest {

    private static final CarrierCode LUFTHANSA = CarrierCode.of("LH", "020");

    @Test
    void exposesDesignatorAndStripsName() {
        Carrier carrier = new Carrier(LUFTHANSA, " Lufthansa Cargo ", null, true, 1);

        assertThat(carrier.designator()).isEqualTo("LH");
        assertThat(carrier.name()).isEqualTo("Lufthansa Cargo");
    }

    @Test
    void withVersionChangesOnlyTheVersion() {
        Carrier carrier = new Carrier(LUFTHANSA, "Lufthansa Cargo", null, true, 1);

        assertThat(carrier.withVersion(2)).isEqualTo(new Carrier(LUFTHANSA, "Lufthansa Cargo", null, true, 2));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsMissingName(String name) {
        assertRejected(() -> new Carrier(LUFTHANSA, name, null, true, 0), "name");
    }

    @Test
    void rejectsOverlongName() {
        assertRejected(() -> new Carrier(LUFTHANSA, "n".repeat(201), null, true, 0), "name");
    }

    @Test
    void requiresCode() {
        assertThatNullPointerException().isThrownBy(() -> new Carrier(null, "Lufthansa Cargo", null, true, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cargo.example/track", "http://localhost:8080/track"})
    void endpointAcceptsHttpAndHttps(String url) {
        assertThat(new TrackingEndpoint(URI.create(url), null, null).url()).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://cargo.example/track", "file:///tmp/track", "cargo.example/track"})
    void endpointRejectsOtherSchemes(String url) {
        assertRejected(() -> new TrackingEndpoint(URI.create(url), null, null), "trackingEndpoint.url");
    }

    @Test
    void endpointRequiresUrl() {
        assertRejected(() -> new TrackingEndpoint(null, "user", "key"), "trackingEndpoint.url");
    }

    @Test
    void endpointRejectsOverlongCredentials() {
        URI url = URI.create("https://cargo.example/track");

        assertRejected(() -> new TrackingEndpoint(url, "u".repeat(201), null), "trackingEndpoint.username");
        assertRejected(() -> new TrackingEndpoint(url, null, "k".repeat(501)), "trackingEndpoint.apiKey");
    }

    @Test
    void endpointTreatsBlankCredentialsAsAbsent() {
        TrackingEndpoint endpoint = new TrackingEndpoint(URI.create("https://cargo.example"), " ", "");

        assertThat(endpoint.username()).isNull();
        assertThat(endpoint.apiKey()).isNull();
    }

    @Test
    void endpointNeverShowsItsApiKey() {
        TrackingEndpoint endpoint = new TrackingEndpoint(URI.create("https://cargo.example"), "forwarder", "s3cret");

        assertThat(endpoint.toString()).doesNotContain("s3cret").contains("apiKey=***").contains("forwarder");
        assertThat(new TrackingEndpoint(URI.create("https://cargo.example"), null, null).toString())
                .contains("apiKey=null");
    }
}
