package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.VolumeUnit;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.measure.WeightUnit;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A {@code mawbs} row as a {@link Mawb} whose flights, equipment and references are still empty: they live in child
 * tables, which {@link MawbChildren} reads for a whole page at once.
 */
final class MawbRowMapper implements RowMapper<Mawb> {

    @Override
    public Mawb map(ResultSet rs, StatementContext ctx) throws SQLException {
        BigDecimal volume = rs.getBigDecimal("volume_amount");
        MawbDetails details = new MawbDetails(
                new AirportCode(rs.getString("origin")),
                new AirportCode(rs.getString("destination")),
                PartyColumns.read(rs, "shipper"),
                PartyColumns.read(rs, "consignee"),
                PartyColumns.read(rs, "notify"),
                rs.getInt("pieces"),
                new Weight(rs.getBigDecimal("weight_amount"), WeightUnit.valueOf(rs.getString("weight_unit"))),
                volume == null ? null : new Volume(volume, VolumeUnit.valueOf(rs.getString("volume_unit"))),
                rs.getString("commodity"),
                List.of(),
                Columns.localDate(rs, "last_free_day"),
                CustomsStatus.valueOf(rs.getString("customs_status")),
                List.of(),
                List.of());
        return new Mawb(
                new MawbId(Columns.uuid(rs, "id")),
                AwbNumber.parse(rs.getString("awb_number")),
                rs.getString("carrier"),
                details,
                ShipmentStatus.valueOf(rs.getString("status")),
                Columns.instant(rs, "status_as_of"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
