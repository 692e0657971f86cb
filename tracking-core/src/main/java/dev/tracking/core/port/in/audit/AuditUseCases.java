package dev.tracking.core.port.in.audit;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.port.in.common.Page;
import java.io.Writer;
import java.time.Instant;

/** Reading, exporting and verifying the audit log. */
public interface AuditUseCases {

    /**
     * Entries matching the criteria: a record's history ({@link AuditCriteria#historyOf}), a user's activity
     * ({@link AuditCriteria#activityOf}), a time window ({@link AuditCriteria#between}) or any mix. Needs
     * {@code audit.read}.
     */
    Page<AuditEntry> search(SearchAuditCommand command);

    /**
     * Writes the matching entries as CSV (RFC 4180, CRLF line ends, a header row) in ascending order, streamed from
     * the store without holding them in memory; cells starting with {@code = + - @} (or a tab or carriage return) are
     * prefixed with an apostrophe so spreadsheets do not run them as formulas. Needs {@code audit.export}.
     *
     * @return how many entries were written
     * @throws java.io.UncheckedIOException when the writer fails
     */
    long exportCsv(AuditCriteria criteria, Writer out);

    /**
     * Checks the chain over the entries written in {@code [from, to)} (either may be null for open-ended): each
     * entry's hash against its content and its link to the entry before; with no {@code to}, also that the last entry
     * is the chain's head, so entries deleted from the end are found. Needs {@code audit.verify}.
     */
    ChainVerification verify(Instant from, Instant to);
}
