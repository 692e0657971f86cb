package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.PortionType;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.measure.WeightUnit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A row of {@code mawb_events} or {@code hawb_events} as a {@link TrackingEvent}; the query names the shipment's kind
 * and id {@code subject_kind} and {@code subject_id}.
 */
final class TrackingEventRowMapper implements RowMapper<TrackingEvent> {

    private final MetadataJson metadata;

    TrackingEventRowMapper(MetadataJson metadata) {
        this.metadata = metadata;
    }

    @Override
    public TrackingEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
        String location = rs.getString("location");
        String flight = rs.getString("flight");
        return new TrackingEvent(
                new EventId(Columns.uuid(rs, "id")),
                new ShipmentRef(ShipmentKind.valueOf(rs.getString("subject_kind")), Columns.uuid(rs, "subject_id")),
                new EventCode(rs.getString("code")),
                TimeType.valueOf(rs.getString("time_type")),
                Columns.offsetDateTime(rs, "occurred_at", "occurred_offset"),
                location == null ? null : new AirportCode(location),
                portion(rs),
                flight == null ? null : new FlightNumber(flight),
                EventSource.valueOf(rs.getString("source")),
                rs.getString("remarks"),
                metadata.read(rs.getString("metadata")),
                rs.getString("dedupe_key"),
                Columns.instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    private static ShipmentPortion portion(ResultSet rs) throws SQLException {
        String type = rs.getString("portion_type");
        if (type == null) {
            return null;
        }
        BigDecimal weight = rs.getBigDecimal("portion_weight_amount");
        return new ShipmentPortion(PortionType.valueOf(type), rs.getInt("portion_pieces"),
                weight == null ? null : new Weight(weight, WeightUnit.valueOf(rs.getString("portion_weight_unit"))));
    }
}
