package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.port.out.AttachmentRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AttachmentRepository} in memory. A shipment's attachments come oldest first (by upload time, then id).
 * Build it over the {@link InMemoryStore} the other repositories share, or get it from
 * {@link InMemoryPersistence#create()}.
 */
public class InMemoryAttachmentRepository implements AttachmentRepository {

    static final String ENTITY = "attachment";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryAttachmentRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Attachment insert(Attachment attachment) {
        Objects.requireNonNull(attachment, "attachment");
        return store.apply(t -> {
            if (t.attachments.containsKey(attachment.id())) {
                throw new DuplicateException(ENTITY, "id", attachment.id());
            }
            t.attachments.put(attachment.id(), attachment);
            return attachment;
        });
    }

    @Override
    public Optional<Attachment> findById(AttachmentId id) {
        return store.apply(t -> Optional.ofNullable(t.attachments.get(id)));
    }

    @Override
    public List<Attachment> findByOwner(ShipmentRef owner) {
        return store.apply(t -> t.attachments.values().stream()
                .filter(a -> a.owner().equals(owner))
                .sorted(Comparator.comparing(Attachment::uploadedAt)
                        .thenComparing((a, b) -> Uuids.compare(a.id().value(), b.id().value())))
                .toList());
    }
}
