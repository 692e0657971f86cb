package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code features}, the permission catalogue. Written with a native upsert ({@link JpaPermissionRepository});
 * the entity serves queries and schema validation.
 */
@Entity
@Table(name = "features")
class FeatureEntity {

    @Id
    String code;

    String description;
}
