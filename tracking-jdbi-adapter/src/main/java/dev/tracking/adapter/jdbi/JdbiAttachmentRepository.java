package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.port.out.AttachmentRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Attachment metadata in {@code attachments}, owned by a MAWB ({@code mawb_id}) or a HAWB ({@code hawb_id}). */
final class JdbiAttachmentRepository implements AttachmentRepository {

    private static final String ENTITY = "attachment";

    private static final String INSERT = """
            INSERT INTO attachments (id, mawb_id, hawb_id, file_type, file_name, media_type, size_bytes, sha256,
                                     storage_key, uploaded_by, uploaded_at)
            VALUES (:id, :mawb_id, :hawb_id, :file_type, :file_name, :media_type, :size_bytes, :sha256,
                    :storage_key, :uploaded_by, :uploaded_at)
            """;

    private static final String SELECT = """
            SELECT id, mawb_id, hawb_id, file_type, file_name, media_type, size_bytes, sha256, storage_key,
                   uploaded_by, uploaded_at
            FROM attachments
            """;

    private static final String BY_ID = SELECT + "WHERE id = :id";
    private static final String BY_MAWB = SELECT + "WHERE mawb_id = :owner_id ORDER BY uploaded_at, id";
    private static final String BY_HAWB = SELECT + "WHERE hawb_id = :owner_id ORDER BY uploaded_at, id";

    private static final AttachmentRowMapper MAPPER = new AttachmentRowMapper();

    private final Sql sql;

    JdbiAttachmentRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Attachment insert(Attachment attachment) {
        Objects.requireNonNull(attachment, "attachment");
        ShipmentRef owner = attachment.owner();
        WrittenKeys keys = WrittenKeys.of(ENTITY, "id", attachment.id(), "storageKey", attachment.storageKey());
        return sql.write(keys, handle -> {
            handle.createUpdate(INSERT)
                    .bind("id", attachment.id().value())
                    .bind("mawb_id", owner.kind() == ShipmentKind.MAWB ? owner.id() : null)
                    .bind("hawb_id", owner.kind() == ShipmentKind.HAWB ? owner.id() : null)
                    .bind("file_type", attachment.fileTypeCode())
                    .bind("file_name", attachment.fileName())
                    .bind("media_type", attachment.mediaType())
                    .bind("size_bytes", attachment.sizeBytes())
                    .bind("sha256", attachment.sha256())
                    .bind("storage_key", attachment.storageKey())
                    .bind("uploaded_by", attachment.uploadedBy())
                    .bind("uploaded_at", attachment.uploadedAt())
                    .execute();
            return attachment;
        });
    }

    @Override
    public Optional<Attachment> findById(AttachmentId id) {
        Objects.requireNonNull(id, "id");
        return sql.read(handle -> handle.createQuery(BY_ID).bind("id", id.value()).map(MAPPER).findOne());
    }

    @Override
    public List<Attachment> findByOwner(ShipmentRef owner) {
        Objects.requireNonNull(owner, "owner");
        String byOwner = owner.kind() == ShipmentKind.MAWB ? BY_MAWB : BY_HAWB;
        return sql.read(handle -> handle.createQuery(byOwner).bind("owner_id", owner.id()).map(MAPPER).list());
    }
}
