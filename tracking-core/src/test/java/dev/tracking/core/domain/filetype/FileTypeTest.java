package dev.tracking.core.domain.filetype;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.FieldViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileTypeTest {

    private static final FileType INVOICE = new FileType("COMMERCIAL_INVOICE", "Commercial invoice",
            Set.of("pdf", "png"), Set.of("application/pdf", "image/png"), 1_000, 1);

    @Test
    void normalizesCodeExtensionsAndMediaTypes() {
        FileType type = new FileType(" commercial_invoice ", " Commercial invoice ", Set.of(".PDF", " Png "),
                Set.of("Application/PDF"), 1_000, 0);

        assertThat(type.code()).isEqualTo("COMMERCIAL_INVOICE");
        assertThat(type.name()).isEqualTo("Commercial invoice");
        assertThat(type.extensions()).containsExactly("pdf", "png");
        assertThat(type.mediaTypes()).containsExactly("application/pdf");
    }

    @Test
    void acceptsAFileThatMatchesEverything() {
        assertThat(INVOICE.check("invoice-4711.pdf", "application/pdf", 1_000)).isEmpty();
    }

    @Test
    void comparesExtensionAndMediaTypeIgnoringCase() {
        assertThat(INVOICE.check("SCAN.PDF", "Application/PDF", 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice.docx", "invoice", "invoice.pdf.exe"})
    void reportsWrongExtensionOnFileName(String fileName) {
        assertThat(INVOICE.check(fileName, "application/pdf", 10))
                .extracting(FieldViolation::field).containsExactly("fileName");
    }

    @Test
    void reportsMissingFileNameOnFileName() {
        assertThat(INVOICE.check(null, "application/pdf", 10))
                .extracting(FieldViolation::field).containsExactly("fileName");
    }

    @Test
    void reportsWrongOrMissingMediaType() {
        assertThat(INVOICE.check("a.pdf", "text/plain", 10)).extracting(FieldViolation::field)
                .containsExactly("mediaType");
        assertThat(INVOICE.check("a.pdf", null, 10)).extracting(FieldViolation::field).containsExactly("mediaType");
    }

    @Test
    void acceptsAnyMediaTypeWhenNoneAreListed() {
        FileType anyMedia = new FileType("OTHER", "Other", Set.of("pdf"), Set.of(), 1_000, 0);

        assertThat(anyMedia.check("a.pdf", null, 10)).isEmpty();
        assertThat(anyMedia.check("a.pdf", "application/octet-stream", 10)).isEmpty();
    }

    @Test
    void reportsFileLargerThanTheLimit() {
        assertThat(INVOICE.check("a.pdf", "application/pdf", 1_001))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("sizeBytes");
                    assertThat(v.message()).contains("1000").contains("1001");
                });
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void reportsEmptyFile(long size) {
        assertThat(INVOICE.check("a.pdf", "application/pdf", size))
                .extracting(FieldViolation::field).containsExactly("sizeBytes");
    }

    @Test
    void reportsEveryReasonAtOnce() {
        assertThat(INVOICE.check("a.exe", "application/x-msdownload", 5_000))
                .extracting(FieldViolation::field).containsExactly("fileName", "mediaType", "sizeBytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1INVOICE", "BAD-CODE", "_X", "A B"})
    void rejectsMalformedCode(String code) {
        assertRejected(() -> new FileType(code, "Name", Set.of("pdf"), Set.of(), 1, 0), "code");
    }

    @Test
    void rejectsMissingOrOverlongCodeAndName() {
        assertRejected(() -> new FileType(" ", "Name", Set.of("pdf"), Set.of(), 1, 0), "code");
        assertRejected(() -> new FileType("X".repeat(41), "Name", Set.of("pdf"), Set.of(), 1, 0), "code");
        assertRejected(() -> new FileType("MAWB", null, Set.of("pdf"), Set.of(), 1, 0), "name");
        assertRejected(() -> new FileType("MAWB", "n".repeat(201), Set.of("pdf"), Set.of(), 1, 0), "name");
    }

    @Test
    void rejectsMissingExtensions() {
        assertRejected(() -> new FileType("MAWB", "Name", Set.of(), Set.of(), 1, 0), "extensions");
        assertRejected(() -> new FileType("MAWB", "Name", null, Set.of(), 1, 0), "extensions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p d f", "tar.gz", "", "abcdefghijk"})
    void rejectsMalformedExtension(String extension) {
        assertRejected(() -> new FileType("MAWB", "Name", Set.of(extension), Set.of(), 1, 0), "extensions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "application", "application/", "/pdf", "application/pdf; charset=x"})
    void rejectsMalformedMediaType(String mediaType) {
        assertRejected(() -> new FileType("MAWB", "Name", Set.of("pdf"), Set.of(mediaType), 1, 0), "mediaTypes");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void rejectsNonPositiveMaximumSize(long max) {
        assertRejected(() -> new FileType("MAWB", "Name", Set.of("pdf"), Set.of(), max, 0), "maxSizeBytes");
    }

    @Test
    void withVersionChangesOnlyTheVersion() {
        assertThat(INVOICE.withVersion(7)).isEqualTo(new FileType("COMMERCIAL_INVOICE", "Commercial invoice",
                Set.of("pdf", "png"), Set.of("application/pdf", "image/png"), 1_000, 7));
    }
}
