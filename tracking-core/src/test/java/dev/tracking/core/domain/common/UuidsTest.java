package dev.tracking.core.domain.common;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

    /** PostgreSQL and H2 order UUIDs as 16 unsigned bytes, most significant first (memcmp). */
    private static final Comparator<UUID> DATABASE_ORDER = (a, b) -> {
        byte[] x = bytes(a);
        byte[] y = bytes(b);
        for (int i = 0; i < 16; i++) {
            int c = Integer.compare(Byte.toUnsignedInt(x[i]), Byte.toUnsignedInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static final UUID LOW = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
    private static final UUID HIGH = UUID.fromString("80000000-0000-0000-0000-000000000000");

    @Test
    void ordersHighBitSetAfterHighBitClearAsTheDatabaseDoes() {
        assertThat(Uuids.compare(LOW, HIGH)).isNegative();
        assertThat(Uuids.compare(HIGH, LOW)).isPositive();
        assertThat(DATABASE_ORDER.compare(LOW, HIGH)).isNegative();
    }

    @Test
    void ordersLeastSignificantHalfUnsignedToo() {
        UUID low = UUID.fromString("00000000-0000-0000-7fff-ffffffffffff");
        UUID high = UUID.fromString("00000000-0000-0000-8000-000000000000");

        assertThat(Uuids.compare(low, high)).isNegative();
        assertThat(Uuids.compare(high, high)).isZero();
    }

    @Test
    void sortsAListExactlyAsTheDatabaseDoes() {
        List<UUID> uuids = List.of(HIGH, LOW,
                UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                UUID.fromString("00000000-0000-0000-0000-000000000000"),
                UUID.fromString("00000000-0000-0000-8000-000000000000"),
                UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566"),
                UUID.fromString("c192f3e4-5b6c-7d8e-1f00-112233445566"));

        assertThat(uuids.stream().sorted(Uuids::compare).toList())
                .isEqualTo(uuids.stream().sorted(DATABASE_ORDER).toList());
    }

    /** For any two UUIDs, {@link Uuids#compare} has the sign of the database's unsigned byte-wise comparison. */
    @Property
    void agreesWithDatabaseOrderForAnyTwoUuids(@ForAll long aHigh, @ForAll long aLow, @ForAll long bHigh,
            @ForAll long bLow) {
        UUID a = new UUID(aHigh, aLow);
        UUID b = new UUID(bHigh, bLow);

        assertThat(Integer.signum(Uuids.compare(a, b))).isEqualTo(Integer.signum(DATABASE_ORDER.compare(a, b)));
    }

    @Test
    void parsesCanonicalTextInEitherCase() {
        UUID uuid = UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566");

        assertThat(Uuids.parse("0192F3E4-5B6C-7D8E-9F00-112233445566", "id")).isEqualTo(uuid);
        assertThat(Uuids.parse(" 0192f3e4-5b6c-7d8e-9f00-112233445566 ", "id")).isEqualTo(uuid);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "not-a-uuid", "1-2-3-4-5", "0192f3e45b6c7d8e9f00112233445566",
            "0192f3e4-5b6c-7d8e-9f00-1122334455667"})
    void rejectsTextThatIsNotACanonicalUuidNamingField(String text) {
        assertRejected(() -> Uuids.parse(text, "mawbId"), "mawbId");
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
