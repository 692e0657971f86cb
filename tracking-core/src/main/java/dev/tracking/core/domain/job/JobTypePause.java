package dev.tracking.core.domain.job;

import java.time.Instant;

/** A job type the engines do not claim until it is resumed. */
public record JobTypePause(String type, Instant pausedAt) {
}
