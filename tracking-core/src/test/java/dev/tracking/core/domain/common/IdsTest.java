package dev.tracking.core.domain.common;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The id records all behave alike: they wrap a UUID, parse canonical text, and order as the database does. */
class IdsTest {

    private static final String TEXT = "0192f3e4-5b6c-7d8e-9f00-112233445566";
    private static final UUID LOW = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
    private static final UUID HIGH = UUID.fromString("80000000-0000-0000-0000-000000000000");

    record IdType<T extends Comparable<T>>(String name, Function<UUID, T> of, BiFunction<String, String, T> parse,
            Function<T, UUID> value) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> idTypes() {
        return Stream.of(
                Arguments.of(new IdType<>("MawbId", MawbId::of, MawbId::parse, MawbId::value)),
                Arguments.of(new IdType<>("HawbId", HawbId::of, HawbId::parse, HawbId::value)),
                Arguments.of(new IdType<>("BillId", BillId::of, BillId::parse, BillId::value)),
                Arguments.of(new IdType<>("EventId", EventId::of, EventId::parse, EventId::value)),
                Arguments.of(new IdType<>("AttachmentId", AttachmentId::of, AttachmentId::parse,
                        AttachmentId::value)));
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    <T extends Comparable<T>> void parsesCanonicalTextAndPrintsItBack(IdType<T> type) {
        T id = type.parse().apply(TEXT, "id");

        assertThat(type.value().apply(id)).isEqualTo(UUID.fromString(TEXT));
        assertThat(id).hasToString(TEXT).isEqualTo(type.of().apply(UUID.fromString(TEXT)));
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    <T extends Comparable<T>> void parseNamesTheCallersField(IdType<T> type) {
        assertRejected(() -> type.parse().apply("42", "billId"), "billId");
        assertRejected(() -> type.parse().apply(null, "billId"), "billId");
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    <T extends Comparable<T>> void ordersAsTheDatabaseDoesNotAsUuidCompareTo(IdType<T> type) {
        T low = type.of().apply(LOW);
        T high = type.of().apply(HIGH);

        assertThat(low).isLessThan(high);
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(type.of().apply(LOW))).isZero();
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    <T extends Comparable<T>> void requiresAValue(IdType<T> type) {
        assertThatNullPointerException().isThrownBy(() -> type.of().apply(null));
    }

    @Test
    void shipmentRefPointsAtAMawbOrAHawb() {
        MawbId mawbId = MawbId.parse(TEXT, "id");
        HawbId hawbId = HawbId.parse(TEXT, "id");

        assertThat(ShipmentRef.of(mawbId).mawbId()).isEqualTo(mawbId);
        assertThat(ShipmentRef.of(hawbId).hawbId()).isEqualTo(hawbId);
        assertThat(ShipmentRef.of(mawbId)).isNotEqualTo(ShipmentRef.of(hawbId)).hasToString("MAWB:" + TEXT);
    }

    @Test
    void shipmentRefRefusesToBeReadAsTheOtherKind() {
        assertThatIllegalStateException().isThrownBy(() -> ShipmentRef.of(MawbId.parse(TEXT, "id")).hawbId());
        assertThatIllegalStateException().isThrownBy(() -> ShipmentRef.of(HawbId.parse(TEXT, "id")).mawbId());
    }
}
