package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.mawb.Reference;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Other parties' references to a MAWB, in {@code mawb_references}. */
final class MawbReferences extends MawbChildTable<Reference> {

    @Override
    String insertSql() {
        return """
                INSERT INTO mawb_references (mawb_id, seq, ref_type, ref_value)
                VALUES (:mawb_id, :seq, :ref_type, :ref_value)
                """;
    }

    @Override
    String deleteSql() {
        return """
                DELETE FROM mawb_references WHERE mawb_id = :mawb_id
                """;
    }

    @Override
    String selectSql() {
        return """
                SELECT mawb_id, ref_type, ref_value
                FROM mawb_references
                WHERE mawb_id IN (<mawb_ids>)
                ORDER BY mawb_id, seq
                """;
    }

    @Override
    void bind(PreparedBatch batch, Reference reference) {
        batch.bind("ref_type", reference.type()).bind("ref_value", reference.value());
    }

    @Override
    Reference read(ResultSet rs) throws SQLException {
        return new Reference(rs.getString("ref_type"), rs.getString("ref_value"));
    }
}
