package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.EquipmentId;
import dev.tracking.core.domain.identifier.UldId;
import dev.tracking.core.domain.mawb.Equipment;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The containers ({@code kind} CONTAINER) and ULDs ({@code kind} ULD) under a MAWB, in {@code mawb_equipment}. */
final class MawbEquipment extends MawbChildTable<Equipment> {

    private static final String CONTAINER = "CONTAINER";
    private static final String ULD = "ULD";

    @Override
    String insertSql() {
        return """
                INSERT INTO mawb_equipment (mawb_id, seq, kind, equipment_id, seal_number)
                VALUES (:mawb_id, :seq, :kind, :equipment_id, :seal_number)
                """;
    }

    @Override
    String deleteSql() {
        return """
                DELETE FROM mawb_equipment WHERE mawb_id = :mawb_id
                """;
    }

    @Override
    String selectSql() {
        return """
                SELECT mawb_id, kind, equipment_id, seal_number
                FROM mawb_equipment
                WHERE mawb_id IN (<mawb_ids>)
                ORDER BY mawb_id, seq
                """;
    }

    @Override
    void bind(PreparedBatch batch, Equipment equipment) {
        batch.bind("kind", equipment.id() instanceof ContainerNumber ? CONTAINER : ULD)
                .bind("equipment_id", equipment.id().value())
                .bind("seal_number", equipment.sealNumber());
    }

    @Override
    Equipment read(ResultSet rs) throws SQLException {
        String id = rs.getString("equipment_id");
        EquipmentId equipmentId = CONTAINER.equals(rs.getString("kind")) ? ContainerNumber.parse(id) : UldId.parse(id);
        return new Equipment(equipmentId, rs.getString("seal_number"));
    }
}
