package dev.tracking.core.domain.party;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {

    @Test
    void stripsTextAndUpperCasesCountry() {
        Party party = new Party(" Midwest Imports Inc ", " 1 Main St ", " Chicago ", " us ", " ops@midwest.example ");

        assertThat(party.name()).isEqualTo("Midwest Imports Inc");
        assertThat(party.address()).isEqualTo("1 Main St");
        assertThat(party.city()).isEqualTo("Chicago");
        assertThat(party.countryCode()).isEqualTo("US");
        assertThat(party.contact()).isEqualTo("ops@midwest.example");
    }

    @Test
    void treatsBlankOptionalFieldsAsAbsent() {
        Party party = new Party("Acme", " ", "", null, "  ");

        assertThat(party.address()).isNull();
        assertThat(party.city()).isNull();
        assertThat(party.countryCode()).isNull();
        assertThat(party.contact()).isNull();
    }

    @Test
    void namedHasOnlyAName() {
        assertThat(Party.named("Acme")).isEqualTo(new Party("Acme", null, null, null, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsMissingName(String name) {
        assertRejected(() -> Party.named(name), "name");
    }

    @Test
    void rejectsOverlongFields() {
        assertRejected(() -> Party.named("n".repeat(201)), "name");
        assertRejected(() -> new Party("Acme", "a".repeat(501), null, null, null), "address");
        assertRejected(() -> new Party("Acme", null, "c".repeat(101), null, null), "city");
        assertRejected(() -> new Party("Acme", null, null, null, "x".repeat(201)), "contact");
    }

    @Test
    void acceptsFieldsAtTheirLimits() {
        Party party = new Party("n".repeat(200), "a".repeat(500), "c".repeat(100), "DE", "x".repeat(200));

        assertThat(party.name()).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA", "U1", "1", "U-"})
    void rejectsCountryThatIsNotTwoLetters(String country) {
        assertRejected(() -> new Party("Acme", null, null, country, null), "countryCode");
    }
}
