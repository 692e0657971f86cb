package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.domain.audit.ChainVerifier;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.port.in.audit.AuditUseCases;
import dev.tracking.core.port.in.audit.SearchAuditCommand;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.out.AuditLog;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/** Reads, exports and verifies the audit log. */
public final class AuditService implements AuditUseCases {

    private final AuditLog auditLog;
    private final ServiceSupport support;

    public AuditService(AuditLog auditLog, ServiceSupport support) {
        this.auditLog = auditLog;
        this.support = support;
    }

    @Override
    public Page<AuditEntry> search(SearchAuditCommand command) {
        support.require(Feature.AUDIT_READ);
        Long after = decodeCursor(command.page().cursor());
        int limit = command.page().limit();
        List<AuditEntry> rows = support.inTransaction(
                () -> auditLog.find(command.criteria(), command.direction(), after, limit + 1));
        return Pages.of(rows, limit, last -> Long.toString(last.seq()));
    }

    @Override
    public long exportCsv(AuditCriteria criteria, Writer out) {
        support.require(Feature.AUDIT_EXPORT);
        AuditCsv csv = new AuditCsv(out);
        support.inTransaction(() -> {
            auditLog.stream(criteria, csv::write);
            return null;
        });
        csv.flush();
        return csv.rows();
    }

    @Override
    public ChainVerification verify(Instant from, Instant to) {
        support.require(Feature.AUDIT_VERIFY);
        return support.inTransaction(() -> {
            ChainVerifier verifier = new ChainVerifier(auditLog::findBySeq);
            auditLog.stream(new AuditCriteria(null, null, null, null, from, to), verifier);
            return to == null ? verifier.resultAgainst(auditLog.head()) : verifier.result();
        });
    }

    private static Long decodeCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            long seq = Long.parseLong(cursor);
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw new ValidationException("cursor", "is not a cursor this platform issued");
        }
    }
}
