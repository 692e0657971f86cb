package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.party.Party;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A party as the columns {@code <prefix>_name, _address, _city, _country, _contact}, bound under parameters of the same
 * names. An absent party is all of them null.
 */
final class PartyColumns {

    static <S extends SqlStatement<S>> S bind(S statement, String prefix, Party party) {
        return statement
                .bind(prefix + "_name", party == null ? null : party.name())
                .bind(prefix + "_address", party == null ? null : party.address())
                .bind(prefix + "_city", party == null ? null : party.city())
                .bind(prefix + "_country", party == null ? null : party.countryCode())
                .bind(prefix + "_contact", party == null ? null : party.contact());
    }

    /** The party, or null when its name is. */
    static Party read(ResultSet rs, String prefix) throws SQLException {
        String name = rs.getString(prefix + "_name");
        if (name == null) {
            return null;
        }
        return new Party(name, rs.getString(prefix + "_address"), rs.getString(prefix + "_city"),
                rs.getString(prefix + "_country"), rs.getString(prefix + "_contact"));
    }

    private PartyColumns() {
    }
}
