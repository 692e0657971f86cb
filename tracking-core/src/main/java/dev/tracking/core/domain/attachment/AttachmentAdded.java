package dev.tracking.core.domain.attachment;

import dev.tracking.core.domain.common.DomainEvent;
import java.time.Instant;

public record AttachmentAdded(Attachment attachment, Instant at, String actor) implements DomainEvent {
}
