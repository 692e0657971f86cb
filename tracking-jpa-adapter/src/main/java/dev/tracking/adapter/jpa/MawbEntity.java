package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

/**
 * A row of {@code mawbs}. Its flights, references and equipment live in their own entities keyed by (mawb_id, seq),
 * loaded for a whole page at once by {@link MawbChildren}. {@code eta}/{@code etd} are the denormalized last-leg ETA
 * and first-leg ETD. Filled and read by {@link MawbMapper}.
 */
@Entity
@Table(name = "mawbs")
class MawbEntity {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 12)
    String awbNumber;

    String carrier;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String origin;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String destination;

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

    @Column(precision = 12, scale = 3)
    BigDecimal volumeAmount;

    String volumeUnit;

    String commodity;

    Instant etd;

    Instant eta;

    /** Bound as a {@code LocalDate} itself, never through {@code java.sql.Date} and the JVM's time zone. */
    @JdbcType(LocalDateJdbcType.class)
    LocalDate lastFreeDay;

    String customsStatus;

    String status;

    Instant statusAsOf;

    Instant createdAt;

    Instant updatedAt;

    @Version
    long version;
}
