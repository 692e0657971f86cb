package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static dev.tracking.core.usecase.PlatformFixture.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.in.filetype.SaveFileTypeCommand;
import dev.tracking.testsupport.TestData;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileTypeUseCasesTest {

    private static final long MIB = 1024L * 1024;

    private PlatformFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
    }

    @Test
    void saveWithExpectedVersionZeroRegistersANewFileTypeAtVersionOne() {
        FileType invoice = TestData.fileType();

        FileType saved = fx.platform.fileTypes().save(register(invoice));

        assertThat(saved.code()).isEqualTo("COMMERCIAL_INVOICE");
        assertThat(saved.name()).isEqualTo(invoice.name());
        assertThat(saved.extensions()).containsExactlyInAnyOrder("pdf", "jpg", "png");
        assertThat(saved.mediaTypes()).containsExactlyInAnyOrder("application/pdf", "image/jpeg", "image/png");
        assertThat(saved.maxSizeBytes()).isEqualTo(10 * MIB);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(fx.platform.fileTypes().get("COMMERCIAL_INVOICE")).isEqualTo(saved);
    }

    @Test
    void saveNormalizesTheCodeExtensionsAndMediaTypes() {
        FileType saved = fx.platform.fileTypes().save(SaveFileTypeCommand.register("delivery_order",
                "Delivery order", Set.of(".PDF", " Tif "), Set.of("Application/PDF"), MIB));

        assertThat(saved.code()).isEqualTo("DELIVERY_ORDER");
        assertThat(saved.extensions()).containsExactly("pdf", "tif");
        assertThat(saved.mediaTypes()).containsExactly("application/pdf");
    }

    @Test
    void saveWithExpectedVersionZeroRefusesACodeThatExists() {
        FileType first = fx.registerCommercialInvoice();

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> fx.platform.fileTypes().save(SaveFileTypeCommand.register("commercial_invoice", "Other",
                        Set.of("txt"), Set.of(), MIB)));

        assertThat(duplicate.field()).isEqualTo("code");
        assertThat(fx.platform.fileTypes().list()).containsExactly(first);
    }

    @Test
    void saveWithTheVersionReadChangesTheFileType() {
        fx.registerCommercialInvoice();

        FileType changed = fx.platform.fileTypes().save(new SaveFileTypeCommand("COMMERCIAL_INVOICE",
                "Commercial invoice (signed)", Set.of("pdf"), Set.of("application/pdf"), 20 * MIB, 1));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.name()).isEqualTo("Commercial invoice (signed)");
        assertThat(changed.extensions()).containsExactly("pdf");
        assertThat(changed.maxSizeBytes()).isEqualTo(20 * MIB);
        assertThat(fx.platform.fileTypes().get("COMMERCIAL_INVOICE")).isEqualTo(changed);
    }

    @Test
    void saveWithAStaleVersionIsAConflictAndChangesNothing() {
        fx.registerCommercialInvoice();
        FileType current = fx.platform.fileTypes().save(new SaveFileTypeCommand("COMMERCIAL_INVOICE", "Invoice",
                Set.of("pdf"), Set.of(), MIB, 1));

        assertThatThrownBy(() -> fx.platform.fileTypes().save(new SaveFileTypeCommand("COMMERCIAL_INVOICE",
                "Stale", Set.of("doc"), Set.of(), MIB, 1)))
                .isInstanceOf(VersionConflictException.class);

        assertThat(fx.platform.fileTypes().get("COMMERCIAL_INVOICE")).isEqualTo(current);
    }

    @Test
    void saveWithAVersionOfACodeThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> fx.platform.fileTypes().save(new SaveFileTypeCommand("PACKING_LIST",
                "Packing list", Set.of("pdf"), Set.of(), MIB, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.platform.fileTypes().list()).isEmpty();
    }

    @Test
    void getFindsAFileTypeByCodeInAnyCaseAndAnUnknownOneIsNotFound() {
        FileType saved = fx.registerCommercialInvoice();

        assertThat(fx.platform.fileTypes().get(" commercial_invoice ")).isEqualTo(saved);
        assertThatThrownBy(() -> fx.platform.fileTypes().get("PACKING_LIST")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listReturnsEveryFileTypeByCode() {
        FileType packing = fx.platform.fileTypes().save(register(TestData.fileType("PACKING_LIST")));
        FileType awb = fx.platform.fileTypes().save(register(TestData.fileType("AIR_WAYBILL")));
        FileType invoice = fx.registerCommercialInvoice();

        assertThat(fx.platform.fileTypes().list()).containsExactly(awb, invoice, packing);
    }

    @Test
    void saveRefusesAFileTypeWithoutExtensionsOnFieldExtensions() {
        assertRejected(() -> fx.platform.fileTypes().save(SaveFileTypeCommand.register("PACKING_LIST",
                "Packing list", Set.of(), Set.of("application/pdf"), MIB)), "extensions");
        assertRejected(() -> fx.platform.fileTypes().save(SaveFileTypeCommand.register("PACKING_LIST",
                "Packing list", null, Set.of("application/pdf"), MIB)), "extensions");
        assertThat(fx.platform.fileTypes().list()).isEmpty();
    }

    @Test
    void saveRefusesAMalformedMediaTypeOnFieldMediaTypes() {
        assertRejected(() -> fx.platform.fileTypes().save(SaveFileTypeCommand.register("PACKING_LIST",
                "Packing list", Set.of("pdf"), Set.of("pdf"), MIB)), "mediaTypes");
        assertRejected(() -> fx.platform.fileTypes().save(SaveFileTypeCommand.register("PACKING_LIST",
                "Packing list", Set.of("pdf"), Set.of("application/pdf; charset=binary"), MIB)), "mediaTypes");
    }

    @Test
    void saveRefusesAMalformedCodeExtensionSizeOrVersion() {
        assertRejected(() -> SaveFileTypeCommand.register("packing list", "Packing list", Set.of("pdf"), Set.of(),
                MIB), "code");
        assertRejected(() -> SaveFileTypeCommand.register("PACKING_LIST", "Packing list", Set.of("p.df"), Set.of(),
                MIB), "extensions");
        assertRejected(() -> SaveFileTypeCommand.register("PACKING_LIST", "Packing list", Set.of("pdf"), Set.of(),
                0), "maxSizeBytes");
        assertRejected(() -> new SaveFileTypeCommand("PACKING_LIST", "Packing list", Set.of("pdf"), Set.of(), MIB,
                -1), "expectedVersion");
        assertRejected(() -> SaveFileTypeCommand.register("PACKING_LIST", " ", Set.of("pdf"), Set.of(), MIB),
                "name");
    }
}
