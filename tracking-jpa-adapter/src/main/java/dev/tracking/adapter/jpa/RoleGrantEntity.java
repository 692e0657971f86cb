package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A row of {@code role_features}: a role's grant of a feature of the catalogue (foreign key to {@code features}). */
@Entity
@Table(name = "role_features")
@IdClass(RoleGrantEntity.Key.class)
class RoleGrantEntity {

    @Id
    String role;

    @Id
    @Column(name = "feature_code")
    String feature;

    Instant grantedAt;

    String grantedBy;

    /** The primary key ({@code role_features_pk}): one grant per role and feature. */
    record Key(String role, String feature) implements Serializable {
    }
}
