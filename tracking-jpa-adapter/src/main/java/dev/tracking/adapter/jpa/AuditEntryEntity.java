package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code audit_log}, filled and read by {@link AuditEntryMapper}. Append-only, hence {@link Immutable}:
 * Hibernate inserts it, never updates it, and keeps no snapshot of loaded rows for dirty checking.
 *
 * <p>On PostgreSQL the table's primary key is {@code (seq, at)} only because the partition key must be part of it;
 * positions are unique on their own (they are assigned under the chain head's lock), so {@code seq} identifies a row.
 */
@Entity
@Table(name = "audit_log")
@Immutable
class AuditEntryEntity {

    @Id
    long seq;

    Instant at;

    @Column(name = "entity")
    String entity;

    String recordId;

    String action;

    String actor;

    /**
     * {@code {"path": {"before": ..., "after": ...}}}, a missing value as JSON null: {@code jsonb} on PostgreSQL,
     * {@code JSON} on H2, written by {@link Jackson3JsonFormatMapper}.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, AuditChangeJson> changes;

    String correlationId;

    /** {@code {"key": "value"}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> context;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    String previousHash;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    String hash;
}
