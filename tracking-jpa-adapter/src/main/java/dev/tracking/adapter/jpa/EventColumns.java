package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The columns {@code mawb_events} and {@code hawb_events} share. {@code subjectId} is {@code mawb_id} or
 * {@code hawb_id}, as each entity overrides it.
 *
 * <p>The tables' primary key is {@code (id, recorded_at)} only because PostgreSQL requires the partition key in it;
 * ids are unique on their own, so the entity is identified by {@code id} alone.
 */
@MappedSuperclass
abstract class EventColumns {

    @Id
    UUID id;

    UUID subjectId;

    String code;

    String timeType;

    Instant occurredAt;

    int occurredOffset;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String location;

    String portionType;

    Integer portionPieces;

    @Column(precision = 12, scale = 3)
    BigDecimal portionWeightAmount;

    String portionWeightUnit;

    String flight;

    String source;

    String remarks;

    /** A flat JSON object: {@code jsonb} on PostgreSQL, {@code JSON} on H2, written by {@link Jackson3JsonFormatMapper}. */
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> metadata;

    String dedupeKey;

    Instant recordedAt;

    String recordedBy;
}
