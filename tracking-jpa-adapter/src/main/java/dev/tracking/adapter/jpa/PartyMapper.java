package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.party.Party;

/** Maps a {@link Party} to its five columns and back; a null party is all columns null. */
final class PartyMapper {

    static PartyColumns toColumns(Party party) {
        if (party == null) {
            return null;
        }
        PartyColumns columns = new PartyColumns();
        columns.name = party.name();
        columns.address = party.address();
        columns.city = party.city();
        columns.country = party.countryCode();
        columns.contact = party.contact();
        return columns;
    }

    static Party toParty(PartyColumns columns) {
        if (columns == null || columns.name == null) {
            return null;
        }
        return new Party(columns.name, columns.address, columns.city, columns.country, columns.contact);
    }

    private PartyMapper() {
    }
}
