package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;

/** Maps {@link Attachment} to {@link AttachmentEntity} and back; the owner is the one non-null of mawb_id, hawb_id. */
final class AttachmentMapper {

    static AttachmentEntity toEntity(Attachment attachment) {
        AttachmentEntity entity = new AttachmentEntity();
        entity.id = attachment.id().value();
        boolean ofMawb = attachment.owner().kind() == ShipmentKind.MAWB;
        entity.mawbId = ofMawb ? attachment.owner().id() : null;
        entity.hawbId = ofMawb ? null : attachment.owner().id();
        entity.fileType = attachment.fileTypeCode();
        entity.fileName = attachment.fileName();
        entity.mediaType = attachment.mediaType();
        entity.sizeBytes = attachment.sizeBytes();
        entity.sha256 = attachment.sha256();
        entity.storageKey = attachment.storageKey();
        entity.uploadedBy = attachment.uploadedBy();
        entity.uploadedAt = attachment.uploadedAt();
        return entity;
    }

    static Attachment toDomain(AttachmentEntity entity) {
        ShipmentRef owner = entity.mawbId != null ? new ShipmentRef(ShipmentKind.MAWB, entity.mawbId)
                : new ShipmentRef(ShipmentKind.HAWB, entity.hawbId);
        return new Attachment(AttachmentId.of(entity.id), owner, entity.fileType, entity.fileName, entity.mediaType,
                entity.sizeBytes, entity.sha256, entity.storageKey, entity.uploadedBy, entity.uploadedAt);
    }

    private AttachmentMapper() {
    }
}
