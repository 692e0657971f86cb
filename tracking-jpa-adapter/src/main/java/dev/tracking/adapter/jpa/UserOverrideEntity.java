package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A row of {@code user_overrides}: one user's GRANT or DENY of one feature of the catalogue. Written with a native
 * upsert ({@link JpaPermissionRepository}); the entity serves queries and schema validation.
 */
@Entity
@Table(name = "user_overrides")
@IdClass(UserOverrideEntity.Key.class)
class UserOverrideEntity {

    @Id
    String userId;

    @Id
    @Column(name = "feature_code")
    String feature;

    String effect;

    Instant expiresAt;

    Instant createdAt;

    String createdBy;

    /** The primary key ({@code user_overrides_pk}): one override per user and feature. */
    record Key(String userId, String feature) implements Serializable {
    }
}
