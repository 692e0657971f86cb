package dev.tracking.core.domain.common;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
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

    /** Seed of the random UUID pairs: change it to look at other pairs, never to make a failure go away. */
    private static final long SEED = 0x0192_F3E4_5B6C_7D8EL;

    /** How many random pairs of each kind (independent halves, shared most significant half) are checked. */
    private static final int SAMPLE_SIZE = 10_000;

    /**
     * Halves at the edges of signed and unsigned order: zero, one, all ones, the signed extremes and their
     * neighbours, only the upper or the lower 32 bits set, and only the top byte set or clear.
     */
    private static final long[] EDGE_HALVES = {0L, 1L, -1L, -2L, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE,
        Long.MAX_VALUE - 1, 0x00000000_ffffffffL, 0xffffffff_00000000L, 0x00ff_ffff_ffff_ffffL, 0xff00_0000_0000_0000L};

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

    /**
     * For any two UUIDs, {@link Uuids#compare} has the sign of the database's unsigned byte-wise comparison.
     *
     * <p>Exhaustive over the {@link #EDGE_HALVES}: every combination of the four halves of two UUIDs (12^4 = 20,736
     * pairs, including every UUID against itself).
     */
    @Test
    void agreesWithDatabaseOrderForAnyTwoUuidsBuiltFromEdgeHalves() {
        assertSoftly(softly -> {
            for (long aHigh : EDGE_HALVES) {
                for (long aLow : EDGE_HALVES) {
                    for (long bHigh : EDGE_HALVES) {
                        for (long bLow : EDGE_HALVES) {
                            assertAgreesWithDatabaseOrder(softly, new UUID(aHigh, aLow), new UUID(bHigh, bLow));
                        }
                    }
                }
            }
        });
    }

    /**
     * For any two UUIDs, {@link Uuids#compare} has the sign of the database's unsigned byte-wise comparison.
     *
     * <p>Sampled: {@link #SAMPLE_SIZE} pairs of uniformly random UUIDs (seed {@link #SEED}), where the most
     * significant halves decide, and as many pairs sharing a random most significant half, where the least
     * significant halves decide; each pair is compared both ways.
     */
    @Test
    void agreesWithDatabaseOrderForRandomUuids() {
        SplittableRandom random = new SplittableRandom(SEED);
        int[] decidedByLowHalf = {0};
        assertSoftly(softly -> {
            for (int i = 0; i < SAMPLE_SIZE; i++) {
                UUID a = new UUID(random.nextLong(), random.nextLong());
                UUID b = new UUID(random.nextLong(), random.nextLong());
                assertAgreesWithDatabaseOrder(softly, a, b);
                assertAgreesWithDatabaseOrder(softly, b, a);
            }
            for (int i = 0; i < SAMPLE_SIZE; i++) {
                long high = random.nextLong();
                UUID a = new UUID(high, random.nextLong());
                UUID b = new UUID(high, random.nextLong());
                if (!a.equals(b)) {
                    decidedByLowHalf[0]++;
                }
                assertAgreesWithDatabaseOrder(softly, a, b);
                assertAgreesWithDatabaseOrder(softly, b, a);
            }
        });
        assertThat(decidedByLowHalf[0]).as("pairs in the sample ordered by their least significant halves")
                .isPositive();
    }

    private static void assertAgreesWithDatabaseOrder(SoftAssertions softly, UUID a, UUID b) {
        softly.check(() -> assertThat(Integer.signum(Uuids.compare(a, b)))
                .as("sign of Uuids.compare(%s, %s)", a, b)
                .isEqualTo(Integer.signum(DATABASE_ORDER.compare(a, b))));
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
