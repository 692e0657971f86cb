package dev.tracking.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.SortDirection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetOrderTest {

    private static final UUID LOW = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID HIGH = UUID.fromString("f0000000-0000-7000-8000-000000000001");
    private static final Instant V = Instant.parse("2025-03-15T20:20:00Z");
    private static final Instant LATER = V.plusSeconds(1);

    @Test
    void comparesIdsAsUnsignedBytes() {
        assertThat(HIGH.compareTo(LOW)).as("UUID.compareTo is signed").isNegative();
        assertThat(KeysetOrder.compare(V, HIGH, V, LOW, SortDirection.ASC)).isPositive();
        assertThat(KeysetOrder.compare(V, HIGH, V, LOW, SortDirection.DESC)).isNegative();
        assertThat(KeysetOrder.compare(null, HIGH, null, LOW, SortDirection.ASC)).isPositive();
        assertThat(KeysetOrder.compare(null, HIGH, null, LOW, SortDirection.DESC)).isNegative();
    }

    @Test
    void ordersByValueBeforeId() {
        assertThat(KeysetOrder.compare(V, HIGH, LATER, LOW, SortDirection.ASC)).isNegative();
        assertThat(KeysetOrder.compare(V, HIGH, LATER, LOW, SortDirection.DESC)).isPositive();
        assertThat(KeysetOrder.compare("020-1", LOW, "176-1", LOW, SortDirection.ASC)).isNegative();
        assertThat(KeysetOrder.compare(LocalDate.of(2025, 3, 1), LOW, LocalDate.of(2025, 2, 28), LOW,
                SortDirection.ASC)).isPositive();
    }

    @Test
    void putsNullsLastInBothDirections() {
        assertThat(KeysetOrder.compare(null, LOW, V, HIGH, SortDirection.ASC)).isPositive();
        assertThat(KeysetOrder.compare(null, LOW, V, HIGH, SortDirection.DESC)).isPositive();
        assertThat(KeysetOrder.compare(V, LOW, null, HIGH, SortDirection.DESC)).isNegative();
    }

    @Test
    void isAfterFollowsTheKeysetJavadoc() {
        Keyset atV = new Keyset(V, LOW);
        // ascending, non-null v: value > v OR (value = v AND id > lastId) OR value IS NULL
        assertThat(KeysetOrder.isAfter(LATER, LOW, atV, SortDirection.ASC)).isTrue();
        assertThat(KeysetOrder.isAfter(V, HIGH, atV, SortDirection.ASC)).isTrue();
        assertThat(KeysetOrder.isAfter(V, LOW, atV, SortDirection.ASC)).isFalse();
        assertThat(KeysetOrder.isAfter(null, LOW, atV, SortDirection.ASC)).isTrue();
        assertThat(KeysetOrder.isAfter(V.minusSeconds(1), HIGH, atV, SortDirection.ASC)).isFalse();
        // a null value: value IS NULL AND id > lastId
        Keyset atNull = new Keyset(null, LOW);
        assertThat(KeysetOrder.isAfter(null, HIGH, atNull, SortDirection.ASC)).isTrue();
        assertThat(KeysetOrder.isAfter(LATER, HIGH, atNull, SortDirection.ASC)).isFalse();
        assertThat(KeysetOrder.isAfter(null, LOW, new Keyset(null, HIGH), SortDirection.DESC)).isTrue();
        // descending, non-null v
        assertThat(KeysetOrder.isAfter(V.minusSeconds(1), HIGH, atV, SortDirection.DESC)).isTrue();
        assertThat(KeysetOrder.isAfter(null, HIGH, atV, SortDirection.DESC)).isTrue();
        assertThat(KeysetOrder.isAfter(LATER, HIGH, atV, SortDirection.DESC)).isFalse();
        // no keyset: the first page
        assertThat(KeysetOrder.isAfter(V, LOW, null, SortDirection.ASC)).isTrue();
    }

    @Test
    void refusesValuesOfDifferentTypes() {
        assertThatThrownBy(() -> KeysetOrder.compare(V, LOW, "2025-03-15", LOW, SortDirection.ASC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.time.Instant")
                .hasMessageContaining("java.lang.String");
    }
}
