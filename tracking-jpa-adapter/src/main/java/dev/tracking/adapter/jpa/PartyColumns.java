package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The five columns of a party, {@code <party>_name/_address/_city/_country/_contact}; the prefix comes from
 * {@link org.hibernate.annotations.EmbeddedColumnNaming} where it is embedded. All null reads back as a null party.
 */
@Embeddable
class PartyColumns {

    String name;

    String address;

    String city;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 2)
    String country;

    String contact;
}
