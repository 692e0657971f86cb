package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.testsupport.TestData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttachmentRepository} must do: store attachment metadata exactly and list a shipment's attachments
 * oldest first. Extend this class in your adapter's tests and return ports over an empty store from {@link #ports()};
 * see {@link PersistenceContract} for what the suites assume.
 */
public abstract class AttachmentRepositoryContract extends PersistenceContract {

    /** A stored MAWB the attachments of a test belong to. */
    protected Mawb mawb;

    /** A stored HAWB under {@link #mawb}. */
    protected Hawb hawb;

    /** {@link #mawb} as an attachment owner. */
    protected ShipmentRef mawbRef;

    /** {@link #hawb} as an attachment owner. */
    protected ShipmentRef hawbRef;

    @BeforeEach
    void givenAShipmentAndFileTypes() {
        givenFileType(TestData.fileType());
        givenFileType(TestData.fileType("DELIVERY_ORDER"));
        mawb = givenMawb(TestData.mawb(1));
        hawb = givenHawb(TestData.hawb(mawb, "HAM0042"));
        mawbRef = ShipmentRef.of(mawb.id());
        hawbRef = ShipmentRef.of(hawb.id());
    }

    @Test
    void insertStoresTheAttachment() {
        Attachment attachment = TestData.attachment(mawbRef, "invoice.pdf");

        Attachment stored = attachments().insert(attachment);

        assertSameState(stored, attachment);
        assertSameState(attachments().findById(attachment.id()).orElseThrow(), attachment);
    }

    @Test
    void everyFieldRoundTrips() {
        Attachment full = TestData.attachmentBuilder(hawbRef)
                .fileTypeCode("DELIVERY_ORDER")
                .fileName("Lieferschein Müller & Söhne – 請求書 (Kopie).PDF")
                .mediaType("application/pdf")
                .sizeBytes(5_000_000_000L)
                .storageKey("s3://tracking-docs/2025/03/" + UUID.randomUUID() + "/Lieferschein Müller.pdf")
                .uploadedBy("jürgen.groß@example.com")
                .uploadedAt(Instant.parse("2025-03-15T23:59:59.999999Z"))
                .build();
        Attachment noMediaType = TestData.attachmentBuilder(mawbRef).fileName("scan").mediaType(null).sizeBytes(1)
                .build();

        attachments().insert(full);
        attachments().insert(noMediaType);

        assertSameState(attachments().findById(full.id()).orElseThrow(), full);
        assertSameState(attachments().findById(noMediaType.id()).orElseThrow(), noMediaType);
        assertThat(attachments().findById(full.id()).orElseThrow().owner()).isEqualTo(hawbRef);
    }

    @Test
    void findsNothingUnknown() {
        attachments().insert(TestData.attachment(mawbRef, "invoice.pdf"));

        assertThat(attachments().findById(new AttachmentId(UUID.randomUUID()))).isEmpty();
        assertThat(attachments().findByOwner(hawbRef)).isEmpty();
    }

    @Test
    void listsAShipmentsAttachmentsOldestFirst() {
        Instant t = Instant.parse("2025-03-15T10:00:00Z");
        Attachment newest = TestData.attachmentBuilder(mawbRef).fileName("c.pdf").uploadedAt(t.plusSeconds(60))
                .build();
        Attachment oldest = TestData.attachmentBuilder(mawbRef).fileName("a.pdf").uploadedAt(t).build();
        Attachment middle = TestData.attachmentBuilder(mawbRef).fileName("b.pdf").uploadedAt(t.plusNanos(1_000))
                .build();
        Attachment onHawb = TestData.attachmentBuilder(hawbRef).fileName("h.pdf").uploadedAt(t).build();
        for (Attachment attachment : List.of(newest, onHawb, oldest, middle)) {
            attachments().insert(attachment);
        }

        assertThat(attachments().findByOwner(mawbRef)).extracting(Attachment::id)
                .containsExactly(oldest.id(), middle.id(), newest.id());
        assertThat(attachments().findByOwner(hawbRef)).extracting(Attachment::id).containsExactly(onHawb.id());
        assertSameState(attachments().findByOwner(mawbRef), List.of(oldest, middle, newest));
    }
}
