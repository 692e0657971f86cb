package dev.tracking.core.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain of the audit log. An entry's hash is the SHA-256 (lower-case hex) of a canonical text of every field
 * but the hash itself, previous hash included; the first entry's previous hash is {@link #GENESIS}. Each part of the
 * text is written as its length, a colon and the part, so no value can be shifted into another; maps are written in
 * key order; null is written as {@code -1:}.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Never used itself, only copied ({@link #newSha256()}). */
    private static final MessageDigest SHA_256_PROTOTYPE = lookUpSha256();

    private AuditChain() {
    }

    /** Appends drafts after the entry at {@code headSeq} whose hash is {@code headHash}, in the given order. */
    public static List<AuditEntry> link(long headSeq, String headHash, List<AuditDraft> drafts) {
        java.util.ArrayList<AuditEntry> entries = new java.util.ArrayList<>(drafts.size());
        long seq = headSeq;
        String previous = headHash;
        for (AuditDraft d : drafts) {
            seq++;
            String hash = hashOf(seq, d.at(), d.entity(), d.recordId(), d.action(), d.actor(), d.changes(),
                    d.correlationId(), d.context(), previous);
            entries.add(new AuditEntry(seq, d.at(), d.entity(), d.recordId(), d.action(), d.actor(), d.changes(),
                    d.correlationId(), d.context(), previous, hash));
            previous = hash;
        }
        return entries;
    }

    /** The hash the entry should carry, recomputed from its content. */
    public static String expectedHash(AuditEntry e) {
        return hashOf(e.seq(), e.at(), e.entity(), e.recordId(), e.action(), e.actor(), e.changes(),
                e.correlationId(), e.context(), e.previousHash());
    }

    private static String hashOf(long seq, java.time.Instant at, String entity, String recordId, AuditAction action,
            String actor, Map<String, FieldChange> changes, String correlationId, Map<String, String> context,
            String previousHash) {
        StringBuilder text = new StringBuilder(256);
        part(text, Long.toString(seq));
        part(text, at.toString());
        part(text, entity);
        part(text, recordId);
        part(text, action.name());
        part(text, actor);
        part(text, Integer.toString(changes.size()));
        new TreeMap<>(changes).forEach((field, change) -> {
            part(text, field);
            part(text, change.before());
            part(text, change.after());
        });
        part(text, correlationId);
        part(text, Integer.toString(context.size()));
        new TreeMap<>(context).forEach((key, value) -> {
            part(text, key);
            part(text, value);
        });
        part(text, previousHash);
        return sha256(text.toString());
    }

    private static void part(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh digest: a copy of an unused prototype, which is much cheaper than looking the algorithm up each time. */
    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256();
        }
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
