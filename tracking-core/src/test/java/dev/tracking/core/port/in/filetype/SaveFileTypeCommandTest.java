package dev.tracking.core.port.in.filetype;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.filetype.FileType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SaveFileTypeCommandTest {

    @Test
    void registerNormalizesAsTheFileTypeDoes() {
        SaveFileTypeCommand command = SaveFileTypeCommand.register(" invoice ", " Invoice ", Set.of(".PDF"),
                Set.of("Application/PDF"), 1_000);

        assertThat(command.code()).isEqualTo("INVOICE");
        assertThat(command.name()).isEqualTo("Invoice");
        assertThat(command.extensions()).containsExactly("pdf");
        assertThat(command.mediaTypes()).containsExactly("application/pdf");
        assertThat(command.expectedVersion()).isZero();
    }

    @Test
    void convertsToTheFileTypeAtTheExpectedVersion() {
        SaveFileTypeCommand command = new SaveFileTypeCommand("INVOICE", "Invoice", Set.of("pdf"), Set.of(), 1_000, 3);

        assertThat(command.toFileType())
                .isEqualTo(new FileType("INVOICE", "Invoice", Set.of("pdf"), Set.of(), 1_000, 3));
    }

    @Test
    void rejectsNegativeVersion() {
        assertRejected(() -> new SaveFileTypeCommand("INVOICE", "Invoice", Set.of("pdf"), Set.of(), 1, -1),
                "expectedVersion");
    }

    @Test
    void rejectsWhatTheFileTypeRejectsNamingTheField() {
        assertRejected(() -> SaveFileTypeCommand.register("9X", "Invoice", Set.of("pdf"), Set.of(), 1), "code");
        assertRejected(() -> SaveFileTypeCommand.register("INVOICE", " ", Set.of("pdf"), Set.of(), 1), "name");
        assertRejected(() -> SaveFileTypeCommand.register("INVOICE", "Invoice", Set.of(), Set.of(), 1), "extensions");
        assertRejected(() -> SaveFileTypeCommand.register("INVOICE", "Invoice", Set.of("pdf"), Set.of("pdf"), 1),
                "mediaTypes");
        assertRejected(() -> SaveFileTypeCommand.register("INVOICE", "Invoice", Set.of("pdf"), Set.of(), 0),
                "maxSizeBytes");
    }
}
