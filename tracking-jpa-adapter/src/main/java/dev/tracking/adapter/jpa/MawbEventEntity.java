package dev.tracking.adapter.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code mawb_events}. */
@Entity
@Table(name = "mawb_events")
@AttributeOverride(name = "subjectId", column = @Column(name = "mawb_id"))
class MawbEventEntity extends EventColumns {
}
