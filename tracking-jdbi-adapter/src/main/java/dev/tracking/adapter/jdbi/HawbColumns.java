package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbDetails;
import org.jdbi.v3.core.statement.SqlStatement;

/** The columns of {@code hawbs}, read as {@code h}, and how a {@link Hawb} binds to parameters of the same names. */
final class HawbColumns {

    /** Every column of {@code hawbs h}. */
    static final String SELECT_LIST = """
            h.id, h.mawb_id, h.hawb_number,
            h.shipper_name, h.shipper_address, h.shipper_city, h.shipper_country, h.shipper_contact,
            h.consignee_name, h.consignee_address, h.consignee_city, h.consignee_country, h.consignee_contact,
            h.notify_name, h.notify_address, h.notify_city, h.notify_country, h.notify_contact,
            h.pieces, h.weight_amount, h.weight_unit, h.description, h.status, h.status_as_of, h.created_at,
            h.updated_at, h.version
            """;

    /** Binds every column but {@code version}. */
    static <S extends SqlStatement<S>> S bind(S statement, Hawb hawb) {
        HawbDetails details = hawb.details();
        PartyColumns.bind(statement, "shipper", details.shipper());
        PartyColumns.bind(statement, "consignee", details.consignee());
        PartyColumns.bind(statement, "notify", details.notifyParty());
        return statement
                .bind("id", hawb.id().value())
                .bind("mawb_id", hawb.mawbId().value())
                .bind("hawb_number", hawb.number().value())
                .bind("pieces", details.pieces())
                .bind("weight_amount", details.weight().amount())
                .bind("weight_unit", details.weight().unit().name())
                .bind("description", details.description())
                .bind("status", hawb.status().name())
                .bind("status_as_of", hawb.statusAsOf())
                .bind("created_at", hawb.createdAt())
                .bind("updated_at", hawb.updatedAt());
    }

    private HawbColumns() {
    }
}
