package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code audit_log} as an {@link AuditEntry}, exactly as it was appended. */
final class AuditEntryRowMapper implements RowMapper<AuditEntry> {

    private final AuditJson json;

    AuditEntryRowMapper(AuditJson json) {
        this.json = json;
    }

    @Override
    public AuditEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                Columns.instant(rs, "at"),
                rs.getString("entity"),
                rs.getString("record_id"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("actor"),
                json.readChanges(rs.getString("changes")),
                rs.getString("correlation_id"),
                json.readContext(rs.getString("context")),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
