package dev.tracking.adapter.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code hawb_events}. */
@Entity
@Table(name = "hawb_events")
@AttributeOverride(name = "subjectId", column = @Column(name = "hawb_id"))
class HawbEventEntity extends EventColumns {
}
