package dev.tracking.adapter.mail;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.port.in.attachment.AttachmentUseCases;
import dev.tracking.core.port.out.AttachmentContents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link MawbDocuments#stored}: the attachment records of the MAWB and their stored bytes. */
final class StoredMawbDocuments implements MawbDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(StoredMawbDocuments.class);
    private static final String UNKNOWN_MEDIA_TYPE = "application/octet-stream";

    private final AttachmentUseCases attachments;
    private final AttachmentContents contents;
    private final long maxTotalBytes;

    StoredMawbDocuments(AttachmentUseCases attachments, AttachmentContents contents, long maxTotalBytes) {
        this.attachments = attachments;
        this.contents = contents;
        this.maxTotalBytes = maxTotalBytes;
    }

    @Override
    public List<MailAttachment> of(MawbId mawbId) {
        List<Attachment> recorded;
        try {
            recorded = attachments.listFor(ShipmentRef.of(mawbId));
        } catch (NotFoundException e) {
            LOG.warn("MAWB {} no longer exists: its e-mail goes out without documents", mawbId);
            return List.of();
        }
        List<MailAttachment> documents = new ArrayList<>();
        long total = 0;
        for (Attachment attachment : recorded) {
            long room = maxTotalBytes - total;
            Optional<byte[]> bytes = read(attachment, room);
            if (bytes.isEmpty()) {
                continue;
            }
            documents.add(new MailAttachment(attachment.fileName(),
                    attachment.mediaType() == null ? UNKNOWN_MEDIA_TYPE : attachment.mediaType(), bytes.get()));
            total += bytes.get().length;
        }
        return List.copyOf(documents);
    }

    /** The document's bytes, unless they are not stored or more than {@code room}. */
    private Optional<byte[]> read(Attachment attachment, long room) {
        if (attachment.sizeBytes() > room) {
            LOG.warn("Document {} of {} ({} bytes) left out of the e-mail: the attachments would pass {} bytes",
                    attachment.fileName(), attachment.owner(), attachment.sizeBytes(), maxTotalBytes);
            return Optional.empty();
        }
        Optional<InputStream> stream = contents.open(attachment.storageKey());
        if (stream.isEmpty()) {
            LOG.warn("Document {} of {} left out of the e-mail: nothing is stored under {}", attachment.fileName(),
                    attachment.owner(), attachment.storageKey());
            return Optional.empty();
        }
        try (InputStream in = stream.get()) {
            byte[] bytes = in.readNBytes((int) Math.min(room + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > room) {
                LOG.warn("Document {} of {} left out of the e-mail: the attachments would pass {} bytes",
                        attachment.fileName(), attachment.owner(), maxTotalBytes);
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + attachment.fileName() + " of "
                    + attachment.owner() + " from " + attachment.storageKey() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "MawbDocuments[stored, at most " + maxTotalBytes + " bytes]";
    }
}
