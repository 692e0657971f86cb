package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import org.jdbi.v3.core.statement.SqlStatement;

/** The columns of {@code mawbs}, read as {@code m}, and how a {@link Mawb} binds to parameters of the same names. */
final class MawbColumns {

    /** Every column of {@code mawbs m}. */
    static final String SELECT_LIST = """
            m.id, m.awb_number, m.carrier, m.origin, m.destination,
            m.shipper_name, m.shipper_address, m.shipper_city, m.shipper_country, m.shipper_contact,
            m.consignee_name, m.consignee_address, m.consignee_city, m.consignee_country, m.consignee_contact,
            m.notify_name, m.notify_address, m.notify_city, m.notify_country, m.notify_contact,
            m.pieces, m.weight_amount, m.weight_unit, m.volume_amount, m.volume_unit, m.commodity, m.etd, m.eta,
            m.last_free_day, m.customs_status, m.status, m.status_as_of, m.created_at, m.updated_at, m.version
            """;

    /** Binds every column but {@code version}; {@code etd} and {@code eta} are the first and last legs'. */
    static <S extends SqlStatement<S>> S bind(S statement, Mawb mawb) {
        MawbDetails details = mawb.details();
        PartyColumns.bind(statement, "shipper", details.shipper());
        PartyColumns.bind(statement, "consignee", details.consignee());
        PartyColumns.bind(statement, "notify", details.notifyParty());
        return statement
                .bind("id", mawb.id().value())
                .bind("awb_number", mawb.number().toString())
                .bind("carrier", mawb.carrier())
                .bind("origin", details.origin().value())
                .bind("destination", details.destination().value())
                .bind("pieces", details.pieces())
                .bind("weight_amount", details.weight().amount())
                .bind("weight_unit", details.weight().unit().name())
                .bind("volume_amount", details.volume() == null ? null : details.volume().amount())
                .bind("volume_unit", details.volume() == null ? null : details.volume().unit().name())
                .bind("commodity", details.commodity())
                .bind("etd", details.etd())
                .bind("eta", details.eta())
                .bind("last_free_day", details.lastFreeDay())
                .bind("customs_status", details.customs().name())
                .bind("status", mawb.status().name())
                .bind("status_as_of", mawb.statusAsOf())
                .bind("created_at", mawb.createdAt())
                .bind("updated_at", mawb.updatedAt());
    }

    private MawbColumns() {
    }
}
