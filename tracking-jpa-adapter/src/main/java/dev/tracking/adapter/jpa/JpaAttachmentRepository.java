package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.port.out.AttachmentRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link AttachmentRepository} over {@link AttachmentEntity}. */
final class JpaAttachmentRepository implements AttachmentRepository {

    static final String ENTITY = "attachment";

    private final EntityManagerBinding units;

    JpaAttachmentRepository(EntityManagerBinding units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Attachment insert(Attachment attachment) {
        Objects.requireNonNull(attachment, "attachment");
        WriteTarget target = WriteTarget.insertOf(ENTITY, attachment.id())
                .unique("storageKey", attachment.storageKey());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            em.persist(AttachmentMapper.toEntity(attachment));
            em.flush();
            return attachment;
        }));
    }

    @Override
    public Optional<Attachment> findById(AttachmentId id) {
        Objects.requireNonNull(id, "id");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(AttachmentEntity.class, id.value()))
                .map(AttachmentMapper::toDomain));
    }

    @Override
    public List<Attachment> findByOwner(ShipmentRef owner) {
        Objects.requireNonNull(owner, "owner");
        String ownerColumn = owner.kind() == ShipmentKind.MAWB ? "a.mawbId" : "a.hawbId";
        return units.inUnitOfWork(em -> em
                .createQuery("select a from AttachmentEntity a where " + ownerColumn + " = :owner"
                        + " order by a.uploadedAt, a.id", AttachmentEntity.class)
                .setParameter("owner", owner.id())
                .getResultStream()
                .map(AttachmentMapper::toDomain)
                .toList());
    }
}
