package dev.tracking.core.port.in.event;

import dev.tracking.core.domain.common.EventId;

/**
 * What became of one event of a batch.
 *
 * @param index   its position in the batch
 * @param eventId the stored event's id; null for a duplicate
 */
public record EventOutcome(int index, Outcome outcome, EventId eventId, String dedupeKey) {

    public enum Outcome {
        RECORDED,
        /** An event with the same dedupe key was stored before (or earlier in the batch); stored once. */
        DUPLICATE
    }
}
