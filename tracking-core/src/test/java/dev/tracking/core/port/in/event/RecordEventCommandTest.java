package dev.tracking.core.port.in.event;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.DedupeKeys;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.testing.Fixtures;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordEventCommandTest {

    private static final ShipmentRef SUBJECT = ShipmentRef.of(Fixtures.mawbId());
    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-03-01T10:00:00+01:00");
    private static final AirportCode ORD = AirportCode.of("ORD");

    private static RecordEventCommand command(String remarks, Map<String, String> metadata, String dedupeKey) {
        return new RecordEventCommand(SUBJECT, EventCode.of(FsuCode.ARR), TimeType.ACTUAL, AT, ORD, null, null,
                EventSource.API, remarks, metadata, dedupeKey);
    }

    @Test
    void actualBuildsAnActualEventWithTheEssentials() {
        RecordEventCommand command = RecordEventCommand.actual(SUBJECT, "arr", AT, ORD, EventSource.CARRIER);

        assertThat(command.code()).isEqualTo(EventCode.of(FsuCode.ARR));
        assertThat(command.timeType()).isEqualTo(TimeType.ACTUAL);
        assertThat(command.metadata()).isEmpty();
        assertThat(command.remarks()).isNull();
        assertThat(command.dedupeKey()).isNull();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertRejected(() -> new RecordEventCommand(null, null, null, null, null, null, null, null, null, null, null),
                "subject", "code", "timeType", "occurredAt", "source");
    }

    @Test
    void stripsRemarksAndDedupeKeyAndTreatsBlankAsAbsent() {
        assertThat(command(" late ", null, " feed-1 ").remarks()).isEqualTo("late");
        assertThat(command(" late ", null, " feed-1 ").dedupeKey()).isEqualTo("feed-1");
        assertThat(command("  ", null, "  ").remarks()).isNull();
        assertThat(command("  ", null, "  ").dedupeKey()).isNull();
    }

    @Test
    void rejectsRemarksLongerThan1000Characters() {
        assertThat(command("r".repeat(1000), null, null).remarks()).hasSize(1000);
        assertRejected(() -> command("r".repeat(1001), null, null), "remarks");
    }

    @Test
    void rejectsMoreThan50MetadataEntries() {
        Map<String, String> fifty = entries(50);
        Map<String, String> fiftyOne = entries(51);

        assertThat(command(null, fifty, null).metadata()).hasSize(50);
        assertRejected(() -> command(null, fiftyOne, null), "metadata");
    }

    @Test
    void rejectsBlankOrOverlongMetadataKeys() {
        assertRejected(() -> command(null, Map.of(" ", "v"), null), "metadata");
        assertRejected(() -> command(null, Map.of("k".repeat(65), "v"), null), "metadata");
    }

    @Test
    void rejectsOverlongMetadataValues() {
        assertRejected(() -> command(null, Map.of("k", "v".repeat(1001)), null), "metadata");
    }

    @Test
    void rejectsNullMetadataKeysOrValues() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("note", null);
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "v");

        assertRejected(() -> command(null, nullValue, null), "metadata");
        assertRejected(() -> command(null, nullKey, null), "metadata");
    }

    @Test
    void keepsAnUnmodifiableCopyOfTheMetadata() {
        Map<String, String> metadata = new HashMap<>(Map.of("handler", "WFS"));
        RecordEventCommand command = command(null, metadata, null);
        metadata.put("other", "x");

        assertThat(command.metadata()).containsExactly(Map.entry("handler", "WFS"));
        assertThat(command.metadata()).isUnmodifiable();
    }

    @Test
    void rejectsDedupeKeyLongerThanTheMaximum() {
        assertThat(command(null, null, "k".repeat(DedupeKeys.MAX_LENGTH)).dedupeKey()).hasSize(128);
        assertRejected(() -> command(null, null, "k".repeat(DedupeKeys.MAX_LENGTH + 1)), "dedupeKey");
    }

    @Test
    void effectiveDedupeKeyIsTheCallersOrDerivedFromTheContent() {
        assertThat(command(null, null, "feed-1").effectiveDedupeKey()).isEqualTo("feed-1");
        assertThat(command(null, null, null).effectiveDedupeKey()).isEqualTo(DedupeKeys.derive(SUBJECT,
                EventCode.of(FsuCode.ARR), TimeType.ACTUAL, AT, ORD, null, null));
    }

    private static Map<String, String> entries(int count) {
        return IntStream.range(0, count).boxed().collect(Collectors.toMap(i -> "k" + i, i -> "v"));
    }
}
