package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code mawb_references}. */
@Entity
@Table(name = "mawb_references")
@IdClass(MawbChildKey.class)
class MawbReferenceEntity {

    @Id
    UUID mawbId;

    @Id
    short seq;

    String refType;

    String refValue;
}
