package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.reminder.ReminderKind;
import java.time.OffsetDateTime;

/** A scheduled reminder. */
public record ReminderDto(
        ReminderKind kind,
        OffsetDateTime fireAt) {
}
