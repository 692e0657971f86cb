package dev.tracking.core.domain.mawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {

    @Test
    void upperCasesTypeAndStripsValue() {
        Reference reference = new Reference(" customer_po ", " PO-2025-0042 ");

        assertThat(reference.type()).isEqualTo("CUSTOMER_PO");
        assertThat(reference.value()).isEqualTo("PO-2025-0042");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1BOOKING", "BOOKING-NO", "_PO", "PO NUMBER"})
    void rejectsMalformedType(String type) {
        assertRejected(() -> new Reference(type, "X1"), "type");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingType(String type) {
        assertRejected(() -> new Reference(type, "X1"), "type");
    }

    @Test
    void rejectsOverlongType() {
        assertRejected(() -> new Reference("T".repeat(31), "X1"), "type");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsMissingValue(String value) {
        assertRejected(() -> new Reference("BOOKING", value), "value");
    }

    @Test
    void rejectsOverlongValue() {
        assertRejected(() -> new Reference("BOOKING", "v".repeat(101)), "value");
    }
}
