package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code carriers}. Filled and read by {@link CarrierMapper}; the domain never sees it. */
@Entity
@Table(name = "carriers")
class CarrierEntity {

    @Id
    String designator;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String awbPrefix;

    String name;

    String endpointUrl;

    String endpointUsername;

    String endpointApiKey;

    boolean active;

    @Version
    long version;
}
