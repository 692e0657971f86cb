package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.attachment.AttachmentAdded;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.attachment.AttachmentUseCases;
import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.MawbRepository;
import java.util.List;

/** Records documents against shipments, checked against their file type's rules. */
public final class AttachmentService implements AttachmentUseCases {

    private final AttachmentRepository attachments;
    private final FileTypeRepository fileTypes;
    private final ShipmentLookup shipments;
    private final ServiceSupport support;

    public AttachmentService(AttachmentRepository attachments, FileTypeRepository fileTypes, MawbRepository mawbs,
            HawbRepository hawbs, ServiceSupport support) {
        this.attachments = attachments;
        this.fileTypes = fileTypes;
        this.shipments = new ShipmentLookup(mawbs, hawbs);
        this.support = support;
    }

    @Override
    public Attachment add(AddAttachmentCommand command) {
        support.require(Feature.ATTACHMENTS_WRITE);
        return support.inTransaction(() -> {
            shipments.requireExists(command.owner());
            FileType fileType = fileTypes.findByCode(command.fileType()).orElseThrow(() -> new ValidationException(
                    "fileType", "unknown file type " + command.fileType()));
            List<FieldViolation> violations = fileType.check(command.fileName(), command.mediaType(),
                    command.sizeBytes());
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            Attachment stored = attachments.insert(new Attachment(new AttachmentId(support.newId()), command.owner(),
                    fileType.code(), command.fileName(), command.mediaType(), command.sizeBytes(), command.sha256(),
                    command.storageKey(), support.actor().userId(), support.now()));
            support.publish(new AttachmentAdded(stored, support.now(), support.actor().userId()));
            return stored;
        });
    }

    @Override
    public Attachment get(AttachmentId id) {
        support.require(Feature.ATTACHMENTS_READ);
        return attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment", id));
    }

    @Override
    public List<Attachment> listFor(ShipmentRef owner) {
        support.require(Feature.ATTACHMENTS_READ);
        return support.inTransaction(() -> {
            shipments.requireExists(owner);
            return attachments.findByOwner(owner);
        });
    }
}
