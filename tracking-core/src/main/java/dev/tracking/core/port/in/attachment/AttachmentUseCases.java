package dev.tracking.core.port.in.attachment;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentRef;
import java.util.List;

/** Document metadata against MAWBs and HAWBs. */
public interface AttachmentUseCases {

    /**
     * @throws dev.tracking.core.domain.common.NotFoundException   when the shipment does not exist
     * @throws dev.tracking.core.domain.common.ValidationException when the file type is unknown or refuses the file's
     *                                                             name, media type or size
     */
    Attachment add(AddAttachmentCommand command);

    Attachment get(AttachmentId id);

    /** A shipment's attachments, oldest first. */
    List<Attachment> listFor(ShipmentRef owner);
}
