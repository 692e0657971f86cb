package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each unique key of the schema surfaces as a DuplicateException naming its entity, field and value. */
abstract class UniqueViolationTests {

    private PersistencePorts ports;
    private Mawb mawb;

    abstract PersistencePorts ports();

    @BeforeEach
    void givenAMawb() {
        ports = ports();
        ports.carriers().insert(TestData.carrier());
        ports.fileTypes().insert(TestData.fileType());
        mawb = ports.mawbs().insert(TestData.mawb(1));
    }

    @Test
    void carrierDesignator() {
        assertDuplicate(() -> ports.carriers().insert(TestData.carrier("LH", "999", "Other")),
                "carrier", "designator", "LH");
    }

    @Test
    void carrierAwbPrefix() {
        assertDuplicate(() -> ports.carriers().insert(TestData.carrier("XX", "020", "Other")),
                "carrier", "awbPrefix", "020");
    }

    @Test
    void fileTypeCode() {
        assertDuplicate(() -> ports.fileTypes().insert(TestData.fileType()),
                "file type", "code", "COMMERCIAL_INVOICE");
    }

    @Test
    void mawbId() {
        Mawb sameId = TestData.mawbBuilder(2).id(mawb.id()).build();

        assertDuplicate(() -> ports.mawbs().insert(sameId), "MAWB", "id", mawb.id().toString());
    }

    @Test
    void mawbAwbNumber() {
        assertDuplicate(() -> ports.mawbs().insert(TestData.mawb(1)), "MAWB", "awbNumber", "020-00000011");
    }

    @Test
    void mawbAwbNumberTakenByAnUpdate() {
        Mawb other = ports.mawbs().insert(TestData.mawb(2));
        Mawb renumbered = new Mawb(other.id(), mawb.number(), other.carrier(), other.details(), other.status(),
                other.statusAsOf(), other.createdAt(), other.updatedAt(), other.version());

        assertDuplicate(() -> ports.mawbs().update(renumbered), "MAWB", "awbNumber", "020-00000011");
    }

    @Test
    void hawbId() {
        Hawb first = ports.hawbs().insert(TestData.hawb(mawb, "HAM0042"));
        Hawb sameId = TestData.hawbBuilder(mawb, "HAM0043").id(first.id()).build();

        assertDuplicate(() -> ports.hawbs().insert(sameId), "HAWB", "id", first.id().toString());
    }

    @Test
    void hawbNumberWithinItsMawb() {
        ports.hawbs().insert(TestData.hawb(mawb, "HAM0042"));

        assertDuplicate(() -> ports.hawbs().insert(TestData.hawb(mawb, "HAM0042")), "HAWB", "hawbNumber",
                "HAM0042");
    }

    @Test
    void attachmentStorageKeyEvenWhenItSpellsAnotherConstraintsName() {
        String key = "s3://docs/carriers_pk/mawbs_awb_number_uq.pdf";
        ports.attachments().insert(TestData.attachmentBuilder(ShipmentRef.of(mawb.id())).storageKey(key).build());
        Attachment sameKey = TestData.attachmentBuilder(ShipmentRef.of(mawb.id())).storageKey(key).build();

        assertDuplicate(() -> ports.attachments().insert(sameKey), "attachment", "storageKey", key);
    }

    @Test
    void attachmentIdWhosePrimaryKeyTheSchemaLeftUnnamed() {
        Attachment first = ports.attachments().insert(TestData.attachment(ShipmentRef.of(mawb.id()), "a.pdf"));
        Attachment sameId = TestData.attachmentBuilder(ShipmentRef.of(mawb.id())).id(first.id())
                .storageKey("s3://docs/other.pdf").build();

        assertDuplicate(() -> ports.attachments().insert(sameId), "attachment", "id", first.id().toString());
    }

    @Test
    void billIdWhosePrimaryKeyTheSchemaLeftUnnamed() {
        Bill first = ports.bills().insert(TestData.bill(mawb));

        assertDuplicate(() -> ports.bills().insert(TestData.billBuilder(mawb).id(first.id()).build()), "bill", "id",
                first.id().toString());
    }

    @Test
    void aDuplicateKeepsTheDriversErrorAsItsCause() {
        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> ports.mawbs().insert(TestData.mawb(1)));

        assertThat(duplicate).hasCauseInstanceOf(JdbiException.class);
    }

    private static void assertDuplicate(ThrowingCallable insert, String entity, String field, String value) {
        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class, insert);

        assertThat(duplicate).as("DuplicateException").isNotNull();
        assertThat(duplicate.entity()).isEqualTo(entity);
        assertThat(duplicate.field()).isEqualTo(field);
        assertThat(duplicate.value()).isEqualTo(value);
    }
}
