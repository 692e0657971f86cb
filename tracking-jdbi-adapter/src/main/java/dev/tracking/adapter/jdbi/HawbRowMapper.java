package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.measure.WeightUnit;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code hawbs} row as a {@link Hawb}. */
final class HawbRowMapper implements RowMapper<Hawb> {

    @Override
    public Hawb map(ResultSet rs, StatementContext ctx) throws SQLException {
        HawbDetails details = new HawbDetails(
                PartyColumns.read(rs, "shipper"),
                PartyColumns.read(rs, "consignee"),
                PartyColumns.read(rs, "notify"),
                rs.getInt("pieces"),
                new Weight(rs.getBigDecimal("weight_amount"), WeightUnit.valueOf(rs.getString("weight_unit"))),
                rs.getString("description"));
        return new Hawb(
                new HawbId(Columns.uuid(rs, "id")),
                new MawbId(Columns.uuid(rs, "mawb_id")),
                new HawbNumber(rs.getString("hawb_number")),
                details,
                ShipmentStatus.valueOf(rs.getString("status")),
                Columns.instant(rs, "status_as_of"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
