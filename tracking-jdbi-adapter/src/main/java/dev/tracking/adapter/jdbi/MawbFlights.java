package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.mawb.FlightLeg;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.PreparedBatch;

/** A MAWB's route in {@code mawb_flights}; each time as its instant and the offset it was given in. */
final class MawbFlights extends MawbChildTable<FlightLeg> {

    @Override
    String insertSql() {
        return """
                INSERT INTO mawb_flights (mawb_id, seq, flight, from_airport, to_airport, etd, etd_offset, eta,
                                          eta_offset, atd, atd_offset, ata, ata_offset)
                VALUES (:mawb_id, :seq, :flight, :from_airport, :to_airport, :etd, :etd_offset, :eta, :eta_offset,
                        :atd, :atd_offset, :ata, :ata_offset)
                """;
    }

    @Override
    String deleteSql() {
        return """
                DELETE FROM mawb_flights WHERE mawb_id = :mawb_id
                """;
    }

    @Override
    String selectSql() {
        return """
                SELECT mawb_id, flight, from_airport, to_airport, etd, etd_offset, eta, eta_offset, atd, atd_offset,
                       ata, ata_offset
                FROM mawb_flights
                WHERE mawb_id IN (<mawb_ids>)
                ORDER BY mawb_id, seq
                """;
    }

    @Override
    void bind(PreparedBatch batch, FlightLeg leg) {
        batch.bind("flight", leg.flight().value())
                .bind("from_airport", leg.from().value())
                .bind("to_airport", leg.to().value())
                .bind("etd", Times.instantOf(leg.etd()))
                .bind("etd_offset", Times.offsetSecondsOf(leg.etd()))
                .bind("eta", Times.instantOf(leg.eta()))
                .bind("eta_offset", Times.offsetSecondsOf(leg.eta()))
                .bind("atd", Times.instantOf(leg.atd()))
                .bind("atd_offset", Times.offsetSecondsOf(leg.atd()))
                .bind("ata", Times.instantOf(leg.ata()))
                .bind("ata_offset", Times.offsetSecondsOf(leg.ata()));
    }

    @Override
    FlightLeg read(ResultSet rs) throws SQLException {
        return new FlightLeg(new FlightNumber(rs.getString("flight")), new AirportCode(rs.getString("from_airport")),
                new AirportCode(rs.getString("to_airport")), Columns.offsetDateTime(rs, "etd", "etd_offset"),
                Columns.offsetDateTime(rs, "eta", "eta_offset"), Columns.offsetDateTime(rs, "atd", "atd_offset"),
                Columns.offsetDateTime(rs, "ata", "ata_offset"));
    }
}
