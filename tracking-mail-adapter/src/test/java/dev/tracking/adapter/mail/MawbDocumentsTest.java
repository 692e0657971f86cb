package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.MAWB_ID;
import static dev.tracking.adapter.mail.MailTestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.mail.MailAttachment;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.attachment.AttachmentUseCases;
import dev.tracking.core.port.out.AttachmentContents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MawbDocumentsTest {

    private static final String SHA = "0".repeat(64);

    private final List<Attachment> recorded = new ArrayList<>();
    private final Map<String, byte[]> stored = new HashMap<>();
    private final AttachmentUseCases attachments = new AttachmentUseCases() {
        @Override
        public Attachment add(AddAttachmentCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Attachment get(AttachmentId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Attachment> listFor(ShipmentRef owner) {
            if (!owner.equals(ShipmentRef.of(MAWB_ID))) {
                throw new NotFoundException("mawb", owner.id());
            }
            return List.copyOf(recorded);
        }
    };
    private final AttachmentContents contents = key -> Optional.ofNullable(stored.get(key))
            .map(ByteArrayInputStream::new);

    private void record(String fileName, String mediaType, byte[] bytes) {
        String key = "mawb/" + fileName;
        recorded.add(new Attachment(AttachmentId.of(UUID.randomUUID()), ShipmentRef.of(MAWB_ID), "MAWB", fileName,
                mediaType, bytes.length, SHA, key, "anna", NOW));
        stored.put(key, bytes);
    }

    @Test
    void noneHasNoDocuments() {
        assertThat(MawbDocuments.none().of(MAWB_ID)).isEmpty();
    }

    @Test
    void theMawbsDocumentsAreReadInOrder() {
        MailAttachment pdf = MailTestData.pdf();
        record("awb.pdf", "application/pdf", pdf.content());
        record("packing list.txt", null, "12 pieces".getBytes(StandardCharsets.UTF_8));

        List<MailAttachment> documents = MawbDocuments.stored(attachments, contents).of(MAWB_ID);

        assertThat(documents).containsExactly(
                new MailAttachment("awb.pdf", "application/pdf", pdf.content()),
                new MailAttachment("packing list.txt", "application/octet-stream",
                        "12 pieces".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDocumentWithoutStoredBytesIsLeftOut() {
        record("awb.pdf", "application/pdf", new byte[] {1, 2, 3});
        record("lost.pdf", "application/pdf", new byte[] {4});
        stored.remove("mawb/lost.pdf");

        assertThat(MawbDocuments.stored(attachments, contents).of(MAWB_ID)).extracting(MailAttachment::fileName)
                .containsExactly("awb.pdf");
    }

    @Test
    void documentsPastTheLimitAreLeftOut() {
        record("a.pdf", "application/pdf", new byte[60]);
        record("b.pdf", "application/pdf", new byte[50]);
        record("c.pdf", "application/pdf", new byte[40]);

        assertThat(MawbDocuments.stored(attachments, contents, 100).of(MAWB_ID)).extracting(MailAttachment::fileName)
                .containsExactly("a.pdf", "c.pdf");
    }

    @Test
    void aDocumentLargerThanItsRecordSaysIsCaughtWhileReading() {
        record("a.pdf", "application/pdf", new byte[10]);
        stored.put("mawb/a.pdf", new byte[500]);

        assertThat(MawbDocuments.stored(attachments, contents, 100).of(MAWB_ID)).isEmpty();
    }

    @Test
    void aMawbThatNoLongerExistsHasNoDocuments() {
        MawbDocuments documents = MawbDocuments.stored(attachments, contents);

        assertThat(documents.of(dev.tracking.core.domain.common.MawbId.of(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aStorageThatCannotBeReadFailsForTheJobToRetry() {
        record("awb.pdf", "application/pdf", new byte[] {1});
        AttachmentContents broken = key -> Optional.of(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        });

        assertThatThrownBy(() -> MawbDocuments.stored(attachments, broken).of(MAWB_ID))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read document awb.pdf").hasMessageContaining("disk gone");
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> MawbDocuments.stored(attachments, contents, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
