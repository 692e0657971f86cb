package dev.tracking.core.domain.attachment;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.testing.Fixtures;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTest {

    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static Attachment attachment(String fileName, String sha256) {
        return new Attachment(AttachmentId.of(UUID.fromString("0192f3e4-0000-7000-8000-000000000003")),
                ShipmentRef.of(Fixtures.mawbId()), "INVOICE", fileName, "application/pdf", 1024, sha256,
                "bucket/2025/03/invoice.pdf", "alice", Instant.parse("2025-03-01T08:00:00Z"));
    }

    @Test
    void keepsAValidAttachment() {
        Attachment attachment = attachment(" invoice.pdf ", SHA256);

        assertThat(attachment.fileName()).isEqualTo("invoice.pdf");
        assertThat(attachment.sha256()).isEqualTo(SHA256);
    }

    @Test
    void lowerCasesTheHash() {
        assertThat(attachment("invoice.pdf", SHA256.toUpperCase(Locale.ROOT)).sha256()).isEqualTo(SHA256);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08a"})
    void rejectsHashThatIsNotSixtyFourHexDigits(String sha256) {
        assertRejected(() -> attachment("invoice.pdf", sha256), "sha256");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingHash(String sha256) {
        assertRejected(() -> attachment("invoice.pdf", sha256), "sha256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/invoice.pdf", "..\\invoice.pdf", "/etc/passwd"})
    void rejectsFileNameWithAPath(String fileName) {
        assertRejected(() -> attachment(fileName, SHA256), "fileName");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsMissingFileName(String fileName) {
        assertRejected(() -> attachment(fileName, SHA256), "fileName");
    }

    @Test
    void rejectsOverlongFileName() {
        assertRejected(() -> attachment("f".repeat(252) + ".pdf", SHA256), "fileName");
    }

    @Test
    void rejectsMissingFileTypeAndStorageKey() {
        AttachmentId id = AttachmentId.of(UUID.randomUUID());
        ShipmentRef owner = ShipmentRef.of(Fixtures.mawbId());
        Instant at = Instant.parse("2025-03-01T08:00:00Z");

        assertRejected(() -> new Attachment(id, owner, " ", "a.pdf", null, 1, SHA256, "key", "alice", at),
                "fileType");
        assertRejected(() -> new Attachment(id, owner, "INVOICE", "a.pdf", null, 1, SHA256, " ", "alice", at),
                "storageKey");
    }

    @Test
    void treatsBlankMediaTypeAsAbsent() {
        Attachment attachment = new Attachment(AttachmentId.of(UUID.randomUUID()), ShipmentRef.of(Fixtures.mawbId()),
                "INVOICE", "a.pdf", " ", 1, SHA256, "key", "alice", Instant.parse("2025-03-01T08:00:00Z"));

        assertThat(attachment.mediaType()).isNull();
    }
}
