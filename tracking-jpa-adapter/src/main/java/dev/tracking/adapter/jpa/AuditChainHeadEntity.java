package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The one row of {@code audit_chain_head}: the position and hash of the last entry of the audit chain. Writers lock it
 * ({@code PESSIMISTIC_WRITE}) for the rest of their unit of work; see {@link JpaAuditLog}. Never left managed: every
 * read detaches it, and moves are guarded bulk updates, so no stale copy can outlive a statement.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHeadEntity {

    /** The row's id; the schema allows no other. */
    static final short ID = 1;

    @Id
    short id;

    long lastSeq;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    String lastHash;
}
