package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.testsupport.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FileTypeRepository} must do. Extend this class in your adapter's tests and return ports over an
 * empty store from {@link #ports()}; see {@link PersistenceContract} for what the suites assume.
 */
public abstract class FileTypeRepositoryContract extends PersistenceContract {

    @Test
    void insertStoresTheFileTypeAtVersionOne() {
        FileType fileType = TestData.fileType();

        FileType stored = fileTypes().insert(fileType);

        assertSameState(stored, fileType.withVersion(1));
        assertSameState(fileTypes().findByCode("COMMERCIAL_INVOICE").orElseThrow(), fileType.withVersion(1));
    }

    @Test
    void everyFieldRoundTrips() {
        FileType manyExtensions = TestData.fileType("CUSTOMS_ENTRY", "Zollanmeldung (Ausfuhr) – Überblick",
                Set.of("pdf", "tif", "tiff", "xml"),
                Set.of("application/pdf", "image/tiff", "application/xml", "application/vnd.ms-excel"),
                5_000_000_000L);
        FileType anyMediaType = TestData.fileType("PHOTO", "貨物写真", Set.of("jpg"), Set.of(), 1);

        fileTypes().insert(manyExtensions);
        fileTypes().insert(anyMediaType);

        assertSameState(fileTypes().findByCode("CUSTOMS_ENTRY").orElseThrow(), manyExtensions.withVersion(1));
        assertSameState(fileTypes().findByCode("PHOTO").orElseThrow(), anyMediaType.withVersion(1));
    }

    @Test
    void findsNothingUnknown() {
        givenFileType(TestData.fileType());

        assertThat(fileTypes().findByCode("DELIVERY_ORDER")).isEmpty();
    }

    @Test
    void findAllListsEveryFileTypeByCode() {
        givenFileType(TestData.fileType("PACKING_LIST"));
        givenFileType(TestData.fileType("AIR_WAYBILL"));
        givenFileType(TestData.fileType("DELIVERY_ORDER"));
        givenFileType(TestData.fileType("COMMERCIAL_INVOICE"));

        assertThat(fileTypes().findAll()).extracting(FileType::code)
                .containsExactly("AIR_WAYBILL", "COMMERCIAL_INVOICE", "DELIVERY_ORDER", "PACKING_LIST");
    }

    @Test
    void aTakenCodeIsADuplicate() {
        givenFileType(TestData.fileType());

        assertThatThrownBy(() -> fileTypes().insert(TestData.fileType("COMMERCIAL_INVOICE")))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertSameState(fileTypes().findByCode("COMMERCIAL_INVOICE").orElseThrow(),
                TestData.fileType().withVersion(1));
    }

    @Test
    void updateStoresTheChangeAndReturnsTheNextVersion() {
        FileType stored = givenFileType(TestData.fileType());
        FileType changed = new FileType(stored.code(), "Commercial invoice (signed)", Set.of("pdf"),
                Set.of("application/pdf", "application/x-pdf"), 20L * 1024 * 1024, stored.version());

        FileType updated = fileTypes().update(changed);

        assertSameState(updated, changed.withVersion(2));
        assertSameState(fileTypes().findByCode(stored.code()).orElseThrow(), changed.withVersion(2));
    }

    @Test
    void aStaleVersionIsAConflict() {
        FileType v1 = givenFileType(TestData.fileType());
        FileType v2 = fileTypes().update(rename(v1, "First writer"));

        assertThatThrownBy(() -> fileTypes().update(rename(v1, "Second writer")))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> fileTypes().update(rename(v1, "From the future").withVersion(9)))
                .isInstanceOf(VersionConflictException.class);
        assertSameState(fileTypes().findByCode(v1.code()).orElseThrow(), v2);
    }

    @Test
    void updatingAnUnknownFileTypeIsNotFound() {
        assertThatThrownBy(() -> fileTypes().update(TestData.fileType().withVersion(1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fileTypes().findAll()).isEmpty();
    }

    private static FileType rename(FileType fileType, String name) {
        return new FileType(fileType.code(), name, fileType.extensions(), fileType.mediaTypes(),
                fileType.maxSizeBytes(), fileType.version());
    }
}
