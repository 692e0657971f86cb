package dev.tracking.core.port.in.attachment;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddAttachmentCommandTest {

    private static final ShipmentRef OWNER = ShipmentRef.of(Fixtures.mawbId());
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void upperCasesFileTypeAndStripsText() {
        AddAttachmentCommand command = new AddAttachmentCommand(OWNER, " invoice ", " a.pdf ", null, 10,
                " " + SHA256 + " ", " key/a.pdf ");

        assertThat(command.fileType()).isEqualTo("INVOICE");
        assertThat(command.fileName()).isEqualTo("a.pdf");
        assertThat(command.sha256()).isEqualTo(SHA256);
        assertThat(command.storageKey()).isEqualTo("key/a.pdf");
        assertThat(command.mediaType()).isNull();
    }

    @Test
    void rejectsMissingOwner() {
        assertRejected(() -> new AddAttachmentCommand(null, "INVOICE", "a.pdf", null, 10, SHA256, "key"), "owner");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejectsMissingText(String blank) {
        assertRejected(() -> new AddAttachmentCommand(OWNER, blank, "a.pdf", null, 10, SHA256, "key"), "fileType");
        assertRejected(() -> new AddAttachmentCommand(OWNER, "INVOICE", blank, null, 10, SHA256, "key"), "fileName");
        assertRejected(() -> new AddAttachmentCommand(OWNER, "INVOICE", "a.pdf", null, 10, blank, "key"), "sha256");
        assertRejected(() -> new AddAttachmentCommand(OWNER, "INVOICE", "a.pdf", null, 10, SHA256, blank),
                "storageKey");
    }

    @Test
    void rejectsOverlongText() {
        assertRejected(() -> new AddAttachmentCommand(OWNER, "T".repeat(41), "a.pdf", null, 10, SHA256, "key"),
                "fileType");
        assertRejected(() -> new AddAttachmentCommand(OWNER, "INVOICE", "f".repeat(256), null, 10, SHA256, "key"),
                "fileName");
        assertRejected(() -> new AddAttachmentCommand(OWNER, "INVOICE", "a.pdf", null, 10, SHA256 + "0", "key"),
                "sha256");
        assertRejected(() -> new AddAttachmentCommand(OWNER, "INVOICE", "a.pdf", null, 10, SHA256, "k".repeat(501)),
                "storageKey");
    }
}
