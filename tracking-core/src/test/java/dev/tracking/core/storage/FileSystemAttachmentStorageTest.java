package dev.tracking.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.port.out.AttachmentStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemAttachmentStorageTest {

    @TempDir
    Path directory;

    @Test
    void aStoredDocumentReadsBackWithItsSizeAndSha256() throws IOException {
        AttachmentStorage storage = FileSystemAttachmentStorage.in(directory);

        AttachmentStorage.StoredDocument stored = storage.store(stream("invoice"), 100);

        assertThat(stored.sizeBytes()).isEqualTo(7);
        assertThat(stored.sha256()).isEqualTo(sha256Of("invoice"));
        try (InputStream in = storage.open(stored.storageKey()).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("invoice");
        }
        storage.delete(stored.storageKey());
        assertThat(storage.open(stored.storageKey())).isEmpty();
    }

    @Test
    void tooLargeOrEmptyContentIsRefusedAndLeavesNoFile() throws IOException {
        AttachmentStorage storage = FileSystemAttachmentStorage.in(directory);

        assertThatThrownBy(() -> storage.store(stream("0123456789"), 9)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> storage.store(stream(""), 9)).isInstanceOf(ValidationException.class);

        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void keysThatAreNotThisStoragesAreRefused() {
        AttachmentStorage storage = FileSystemAttachmentStorage.in(directory);

        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256Of(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
