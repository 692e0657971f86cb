package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code mawb_flights}: each time as its instant plus the offset (seconds) it was given in. */
@Entity
@Table(name = "mawb_flights")
@IdClass(MawbChildKey.class)
class FlightLegEntity {

    @Id
    UUID mawbId;

    @Id
    short seq;

    String flight;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String fromAirport;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    String toAirport;

    Instant etd;

    Integer etdOffset;

    Instant eta;

    Integer etaOffset;

    Instant atd;

    Integer atdOffset;

    Instant ata;

    Integer ataOffset;
}
