package dev.tracking.core.port.in.event;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.testing.Fixtures;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordEventsCommandTest {

    private static final RecordEventCommand EVENT = RecordEventCommand.actual(ShipmentRef.of(Fixtures.mawbId()),
            "DEP", OffsetDateTime.parse("2025-03-01T10:00:00Z"), Fixtures.LHR, EventSource.CARRIER);

    @Test
    void keepsAnUnmodifiableCopyInBatchOrder() {
        List<RecordEventCommand> events = new ArrayList<>(List.of(EVENT, EVENT));
        RecordEventsCommand command = new RecordEventsCommand(events);
        events.clear();

        assertThat(command.events()).hasSize(2).isUnmodifiable();
    }

    @Test
    void rejectsMissingOrEmptyBatch() {
        assertRejected(() -> new RecordEventsCommand(null), "events");
        assertRejected(() -> new RecordEventsCommand(List.of()), "events");
    }

    @Test
    void rejectsMoreThan1000Events() {
        assertThat(new RecordEventsCommand(Collections.nCopies(1000, EVENT)).events()).hasSize(1000);
        assertRejected(() -> new RecordEventsCommand(Collections.nCopies(1001, EVENT)), "events");
    }

    @Test
    void rejectsMissingEventNamingItsIndex() {
        assertRejected(() -> new RecordEventsCommand(Arrays.asList(EVENT, null, EVENT)), "events[1]");
    }

    @Test
    void resultCountsRecordedAndDuplicates() {
        RecordEventsResult result = new RecordEventsResult(List.of(
                new EventOutcome(0, EventOutcome.Outcome.RECORDED, EventId.of(UUID.randomUUID()), "a"),
                new EventOutcome(1, EventOutcome.Outcome.DUPLICATE, null, "a"),
                new EventOutcome(2, EventOutcome.Outcome.RECORDED, EventId.of(UUID.randomUUID()), "b")));

        assertThat(result.recorded()).isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(1);
    }
}
