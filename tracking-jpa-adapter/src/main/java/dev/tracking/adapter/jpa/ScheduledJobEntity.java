package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code scheduled_jobs}. Rows are inserted by {@link ScheduledJobInserts} (insert-unless-live needs SQL that
 * JPQL lacks) and changed by guarded bulk updates ({@link JpaJobStore}), except when expired leases are taken back:
 * then the locked rows are changed as entities and flushed in one JDBC batch. The entity serves queries, those
 * updates and schema validation; rows read are detached at once. {@code live_idempotency_key} is a column the database generates (the key while the job is pending,
 * running or waiting to retry, else null), unique by {@code scheduled_jobs_live_idempotency_key_uq}: the entity reads
 * it and never writes it.
 */
@Entity
@Table(name = "scheduled_jobs")
class ScheduledJobEntity {

    @Id
    UUID id;

    String jobType;

    /** A flat JSON object ({@code jsonb} on PostgreSQL, {@code JSON} on H2), read by the JSON format mapper. */
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> payload;

    Instant runAt;

    /** A {@code JobStatus} name. */
    String status;

    int attempts;

    int maxAttempts;

    String lastError;

    String leaseOwner;

    Instant leaseExpiresAt;

    String idempotencyKey;

    @Column(insertable = false, updatable = false)
    String liveIdempotencyKey;

    Instant createdAt;

    Instant updatedAt;
}
