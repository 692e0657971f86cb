package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ACTOR;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.attachment.AttachmentAdded;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.testsupport.TestData;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttachmentUseCasesTest {

    private static final long TEN_MIB = 10L * 1024 * 1024;

    private PlatformFixture fx;
    private Mawb mawb;
    private ShipmentRef master;
    private Hawb hawb;
    private ShipmentRef house;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
        fx.registerLufthansa();
        fx.registerCommercialInvoice(); // pdf, jpg or png; application/pdf, image/jpeg or image/png; 10 MiB
        mawb = fx.createMawb(1234567);
        master = ShipmentRef.of(mawb.id());
        hawb = fx.createHawb(mawb, "HAM0042");
        house = ShipmentRef.of(hawb.id());
        fx.forgetPublished();
    }

    @Test
    void addRecordsTheDocumentAgainstAMawbByTheActingUser() {
        Attachment template = TestData.attachment(master, "invoice-4711.pdf");

        Attachment added = fx.platform.attachments().add(command(template));

        assertThat(added.owner()).isEqualTo(master);
        assertThat(added.fileTypeCode()).isEqualTo("COMMERCIAL_INVOICE");
        assertThat(added.fileName()).isEqualTo("invoice-4711.pdf");
        assertThat(added.mediaType()).isEqualTo("application/pdf");
        assertThat(added.sizeBytes()).isEqualTo(template.sizeBytes());
        assertThat(added.sha256()).isEqualTo(template.sha256());
        assertThat(added.storageKey()).isEqualTo(template.storageKey());
        assertThat(added.uploadedBy()).isEqualTo(ACTOR.userId());
        assertThat(added.uploadedAt()).isEqualTo(fx.now());
        assertThat(fx.platform.attachments().get(added.id())).isEqualTo(added);
        assertThat(fx.platform.attachments().listFor(master)).containsExactly(added);
    }

    @Test
    void addPublishesAttachmentAdded() {
        Attachment added = fx.platform.attachments().add(command(TestData.attachment(master, "invoice.pdf")));

        assertThat(fx.published()).singleElement().isInstanceOfSatisfying(AttachmentAdded.class, event -> {
            assertThat(event.attachment()).isEqualTo(added);
            assertThat(event.actor()).isEqualTo(ACTOR.userId());
            assertThat(event.at()).isEqualTo(fx.now());
        });
    }

    @Test
    void addRecordsTheDocumentAgainstAHawb() {
        Attachment added = fx.platform.attachments().add(command(TestData.attachmentBuilder(house)
                .fileName("scan.png").mediaType("image/png")));

        assertThat(fx.platform.attachments().listFor(house)).containsExactly(added);
        assertThat(fx.platform.attachments().listFor(master)).isEmpty();
    }

    @Test
    void addAcceptsTheFileTypeCodeExtensionAndMediaTypeInAnyCaseAndASizeOfExactlyTheMaximum() {
        Attachment added = fx.platform.attachments().add(new AddAttachmentCommand(master, "commercial_invoice",
                "INVOICE.PDF", "Application/PDF", TEN_MIB, TestData.sha256("x"), "s3://bucket/invoice"));

        assertThat(added.fileTypeCode()).isEqualTo("COMMERCIAL_INVOICE");
    }

    @Test
    void addRefusesAFileNameWithAnExtensionTheFileTypeDoesNotAllowOnFieldFileName() {
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .fileName("invoice.docx").mediaType("application/pdf"))), "fileName");
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .fileName("invoice").mediaType("application/pdf"))), "fileName");
        assertNothingAttached();
    }

    @Test
    void addRefusesAMediaTypeTheFileTypeDoesNotAllowOnFieldMediaType() {
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .mediaType("application/msword"))), "mediaType");
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .mediaType(null))), "mediaType");
        assertNothingAttached();
    }

    @Test
    void addRefusesAFileLargerThanTheFileTypeAllowsOrEmptyOnFieldSizeBytes() {
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .sizeBytes(TEN_MIB + 1))), "sizeBytes");
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .sizeBytes(0))), "sizeBytes");
        assertNothingAttached();
    }

    @Test
    void addReportsEveryWayTheFileBreaksTheFileTypesRulesAtOnce() {
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .fileName("movie.mp4").mediaType("video/mp4").sizeBytes(TEN_MIB * 50))),
                "fileName", "mediaType", "sizeBytes");
        assertNothingAttached();
    }

    @Test
    void addRefusesAnUnknownFileTypeOnFieldFileType() {
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .fileTypeCode("PACKING_LIST"))), "fileType");
        assertNothingAttached();
    }

    @Test
    void addRefusesAFileNameWithAPathAndAShaThatIsNotHex() {
        assertRejected(() -> fx.platform.attachments().add(command(TestData.attachmentBuilder(master)
                .fileName("../../etc/invoice.pdf"))), "fileName");
        assertRejected(() -> fx.platform.attachments().add(new AddAttachmentCommand(master, "COMMERCIAL_INVOICE",
                "invoice.pdf", "application/pdf", 100, "z".repeat(64), "key")), "sha256");
        assertNothingAttached();
    }

    @Test
    void addForAMissingMawbOrHawbIsNotFound() {
        ShipmentRef missingMawb = ShipmentRef.of(MawbId.of(UUID.randomUUID()));
        ShipmentRef missingHawb = ShipmentRef.of(HawbId.of(UUID.randomUUID()));

        assertThatThrownBy(() -> fx.platform.attachments().add(command(TestData.attachment(missingMawb, "a.pdf"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.platform.attachments().add(command(TestData.attachment(missingHawb, "a.pdf"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void listForReturnsAShipmentsAttachmentsOldestFirst() {
        Attachment first = fx.platform.attachments().add(command(TestData.attachment(master, "b-first.pdf")));
        fx.advance(Duration.ofMinutes(1));
        fx.platform.attachments().add(command(TestData.attachment(house, "house.pdf")));
        fx.advance(Duration.ofMinutes(1));
        Attachment second = fx.platform.attachments().add(command(TestData.attachment(master, "a-second.pdf")));

        assertThat(fx.platform.attachments().listFor(master)).containsExactly(first, second);
    }

    @Test
    void listForAMissingShipmentIsNotFoundAndGetOfAMissingAttachmentIsNotFound() {
        assertThatThrownBy(() -> fx.platform.attachments().listFor(ShipmentRef.of(MawbId.of(UUID.randomUUID()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.platform.attachments().listFor(ShipmentRef.of(HawbId.of(UUID.randomUUID()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.platform.attachments().get(AttachmentId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private void assertNothingAttached() {
        assertThat(fx.platform.attachments().listFor(master)).isEmpty();
        assertThat(fx.published()).isEmpty();
    }

    private static AddAttachmentCommand command(TestData.AttachmentBuilder builder) {
        return command(builder.build());
    }

    private static AddAttachmentCommand command(Attachment a) {
        return new AddAttachmentCommand(a.owner(), a.fileTypeCode(), a.fileName(), a.mediaType(), a.sizeBytes(),
                a.sha256(), a.storageKey());
    }
}
