package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

/** A row of {@code bills}: the amount as {@code numeric(18,3)} and its ISO 4217 currency code. */
@Entity
@Table(name = "bills")
class BillEntity {

    @Id
    UUID id;

    UUID mawbId;

    String billType;

    @Column(precision = 18, scale = 3)
    BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String currency;

    /** Bound as a {@code LocalDate} itself, never through {@code java.sql.Date} and the JVM's time zone. */
    @JdbcType(LocalDateJdbcType.class)
    LocalDate dueDate;

    String status;

    String paymentReference;

    Instant paidAt;

    Instant createdAt;

    @Version
    long version;
}
