package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.identifier.CarrierCode;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code carriers} row as a {@link Carrier}; no endpoint when its URL is null. */
final class CarrierRowMapper implements RowMapper<Carrier> {

    @Override
    public Carrier map(ResultSet rs, StatementContext ctx) throws SQLException {
        String url = rs.getString("endpoint_url");
        TrackingEndpoint endpoint = url == null ? null
                : new TrackingEndpoint(URI.create(url), rs.getString("endpoint_username"),
                        rs.getString("endpoint_api_key"));
        return new Carrier(CarrierCode.of(rs.getString("designator"), rs.getString("awb_prefix")),
                rs.getString("name"), endpoint, rs.getBoolean("active"), rs.getLong("version"));
    }
}
