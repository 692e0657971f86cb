package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** A row of {@code hawbs}. Filled and read by {@link HawbMapper}. */
@Entity
@Table(name = "hawbs")
class HawbEntity {

    @Id
    UUID id;

    UUID mawbId;

    String hawbNumber;

    @Embedded
    @EmbeddedColumnNaming("shipper_%s")
    PartyColumns shipper;

    @Embedded
    @EmbeddedColumnNaming("consignee_%s")
    PartyColumns consignee;

    @Embedded
    @EmbeddedColumnNaming("notify_%s")
    PartyColumns notifyParty;

    int pieces;

    @Column(precision = 12, scale = 3)
    BigDecimal weightAmount;

    String weightUnit;

    String description;

    String status;

    Instant statusAsOf;

    Instant createdAt;

    Instant updatedAt;

    @Version
    long version;
}
