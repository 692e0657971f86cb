package dev.tracking.core.port.out;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentRef;
import java.util.List;
import java.util.Optional;

/** Stores attachment metadata. Implementations must pass {@code AttachmentRepositoryContract}. */
public interface AttachmentRepository {

    Attachment insert(Attachment attachment);

    Optional<Attachment> findById(AttachmentId id);

    /** A shipment's attachments, oldest first. */
    List<Attachment> findByOwner(ShipmentRef owner);
}
