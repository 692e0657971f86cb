package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code job_type_pauses}: a job type that no engine claims until it is resumed. Inserted unless present by
 * {@link JobTypePauses} (native SQL, so that pausing twice, or twice at once, never fails a statement), deleted with a
 * bulk delete; the entity serves queries, the claim's {@code NOT EXISTS}, and schema validation.
 */
@Entity
@Table(name = "job_type_pauses")
class JobTypePauseEntity {

    @Id
    String jobType;

    Instant pausedAt;
}
