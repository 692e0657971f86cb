package dev.tracking.adapter.mail;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.port.in.attachment.AttachmentUseCases;
import dev.tracking.core.port.out.AttachmentContents;
import java.util.List;
import java.util.Objects;

/** The documents of a MAWB to attach to its pre-alert. */
@FunctionalInterface
public interface MawbDocuments {

    /** Attachments larger than this in total are left out unless configured: 20 MiB, what most servers take. */
    long DEFAULT_MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    /**
     * The MAWB's documents, oldest first; empty when it has none.
     *
     * @throws RuntimeException when the storage cannot be read now (the e-mail job tries again later)
     */
    List<MailAttachment> of(MawbId mawbId);

    /** No documents: pre-alerts go out without attachments. */
    static MawbDocuments none() {
        return mawbId -> List.of();
    }

    /**
     * The documents recorded against the MAWB ({@link AttachmentUseCases#listFor}), read from
     * {@code contents}, up to {@link #DEFAULT_MAX_TOTAL_BYTES} in total. A document whose bytes are not stored, or
     * that would pass the limit, is left out with a warning in the log. The use cases check the caller's permission
     * ({@code ATTACHMENTS_READ}): the job engine's actor needs it.
     */
    static MawbDocuments stored(AttachmentUseCases attachments, AttachmentContents contents) {
        return stored(attachments, contents, DEFAULT_MAX_TOTAL_BYTES);
    }

    /** As {@link #stored(AttachmentUseCases, AttachmentContents)}, with its own limit of bytes in total. */
    static MawbDocuments stored(AttachmentUseCases attachments, AttachmentContents contents, long maxTotalBytes) {
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(contents, "contents");
        if (maxTotalBytes < 1) {
            throw new IllegalArgumentException("maxTotalBytes must be 1 or more, not " + maxTotalBytes);
        }
        return new StoredMawbDocuments(attachments, contents, maxTotalBytes);
    }
}
