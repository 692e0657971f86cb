package dev.tracking.core.port.in.event;

import java.util.List;

/** The outcome of every event of a batch, in batch order. */
public record RecordEventsResult(List<EventOutcome> outcomes) {

    public RecordEventsResult {
        outcomes = List.copyOf(outcomes);
    }

    public long recorded() {
        return outcomes.stream().filter(o -> o.outcome() == EventOutcome.Outcome.RECORDED).count();
    }

    public long duplicates() {
        return outcomes.size() - recorded();
    }
}
