package dev.tracking.core.domain.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of the tamper-evident audit log: who changed which record how, and when. Entries form one hash chain in
 * {@code seq} order: {@code hash} is the SHA-256 of the entry's content and {@code previousHash}, the hash of the entry
 * with {@code seq - 1} ({@link AuditChain}).
 *
 * @param seq           the position in the chain, 1, 2, 3, ... without gaps
 * @param changes       the changed fields by path (such as {@code details.consignee.name}), in path order
 * @param correlationId the request or job the change belongs to, may be null
 * @param context       what the host supplied about the request, such as {@code ip} and {@code userAgent}
 */
public record AuditEntry(long seq, Instant at, String entity, String recordId, AuditAction action, String actor,
        Map<String, FieldChange> changes, String correlationId, Map<String, String> context, String previousHash,
        String hash) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        changes = Collections.unmodifiableMap(new TreeMap<>(changes));
        context = Collections.unmodifiableMap(new TreeMap<>(context));
    }
}
