package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** An {@code attachments} row as an {@link Attachment}; its owner is whichever of mawb_id and hawb_id is set. */
final class AttachmentRowMapper implements RowMapper<Attachment> {

    @Override
    public Attachment map(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID mawbId = Columns.uuid(rs, "mawb_id");
        ShipmentRef owner = mawbId != null ? new ShipmentRef(ShipmentKind.MAWB, mawbId)
                : new ShipmentRef(ShipmentKind.HAWB, Columns.uuid(rs, "hawb_id"));
        return new Attachment(new AttachmentId(Columns.uuid(rs, "id")), owner, rs.getString("file_type"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("storage_key"), rs.getString("uploaded_by"),
                Columns.instant(rs, "uploaded_at"));
    }
}
