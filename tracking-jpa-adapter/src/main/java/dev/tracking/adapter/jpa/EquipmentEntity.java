package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code mawb_equipment}: kind {@code CONTAINER} (ISO 6346) or {@code ULD}. */
@Entity
@Table(name = "mawb_equipment")
@IdClass(MawbChildKey.class)
class EquipmentEntity {

    static final String CONTAINER = "CONTAINER";
    static final String ULD = "ULD";

    @Id
    UUID mawbId;

    @Id
    short seq;

    String kind;

    String equipmentId;

    String sealNumber;
}
