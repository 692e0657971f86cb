package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * A row of {@code event_dedupe_keys}: an event is stored only when its key row could be inserted. Rows are written by
 * {@link DedupeKeyClaims} (insert-if-absent needs SQL that JPQL lacks); the entity serves queries and schema validation.
 */
@Entity
@Table(name = "event_dedupe_keys")
@IdClass(DedupeKeyEntity.Key.class)
class DedupeKeyEntity {

    @Id
    String shipmentKind;

    @Id
    UUID shipmentId;

    @Id
    String dedupeKey;

    UUID eventId;

    /** The primary key: one dedupe key per shipment. */
    record Key(String shipmentKind, UUID shipmentId, String dedupeKey) implements Serializable {
    }
}
