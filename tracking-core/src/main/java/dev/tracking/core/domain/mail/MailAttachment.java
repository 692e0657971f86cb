package dev.tracking.core.domain.mail;

import dev.tracking.core.domain.common.Check;
import java.util.Arrays;
import java.util.Objects;

/** A file attached to an e-mail. */
public record MailAttachment(String fileName, String mediaType, byte[] content) {

    public MailAttachment {
        fileName = Check.requiredText(fileName, "fileName", 255);
        mediaType = Check.requiredText(mediaType, "mediaType", 100);
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
