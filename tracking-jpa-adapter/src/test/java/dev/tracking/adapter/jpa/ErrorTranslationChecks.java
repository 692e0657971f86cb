package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every unique constraint of the schema surfaces as a {@link DuplicateException} naming its entity, field and value,
 * and a version that changed under an update as a {@link VersionConflictException}, never as a driver's or
 * Hibernate's exception.
 */
abstract class ErrorTranslationChecks {

    abstract DatabaseUnderTest db();

    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private PersistencePorts ports;
    private Mawb mawb;
    private Hawb hawb;

    @BeforeEach
    void givenAMawbWithAHawb() {
        ports = db().emptyPorts();
        ports.carriers().insert(TestData.carrier());
        ports.fileTypes().insert(TestData.fileType());
        mawb = ports.mawbs().insert(TestData.mawb(1));
        hawb = ports.hawbs().insert(TestData.hawb(mawb, "HAM0042"));
    }

    @AfterEach
    void stopOtherThread() {
        otherThread.shutdownNow();
    }

    @Test
    void carriersPkIsTheDesignator() {
        assertDuplicate(() -> ports.carriers().insert(TestData.carrier("LH", "999", "Other")),
                "carrier", "designator", "LH");
    }

    @Test
    void carriersAwbPrefixUqIsTheAwbPrefix() {
        assertDuplicate(() -> ports.carriers().insert(TestData.carrier("XX", "020", "Other")),
                "carrier", "awbPrefix", "020");
    }

    @Test
    void fileTypesPkIsTheCode() {
        assertDuplicate(() -> ports.fileTypes().insert(TestData.fileType()),
                "file type", "code", "COMMERCIAL_INVOICE");
    }

    @Test
    void mawbsPkIsTheId() {
        Mawb sameId = TestData.mawbBuilder(2).id(mawb.id()).build();
        assertDuplicate(() -> ports.mawbs().insert(sameId), "MAWB", "id", mawb.id().toString());
    }

    @Test
    void mawbsAwbNumberUqIsTheAwbNumber() {
        assertDuplicate(() -> ports.mawbs().insert(TestData.mawb(1)), "MAWB", "awbNumber",
                TestData.awbNumber(1).toString());
    }

    @Test
    void anUpdateToATakenAwbNumberIsADuplicateToo() {
        Mawb other = ports.mawbs().insert(TestData.mawb(2));
        Mawb renumbered = new Mawb(other.id(), mawb.number(), other.carrier(), other.details(), other.status(),
                other.statusAsOf(), other.createdAt(), other.updatedAt(), other.version());
        assertDuplicate(() -> ports.mawbs().update(renumbered), "MAWB", "awbNumber", mawb.number().toString());
    }

    @Test
    void hawbsPkIsTheId() {
        Hawb sameId = TestData.hawbBuilder(mawb, "OTHER1").id(hawb.id()).build();
        assertDuplicate(() -> ports.hawbs().insert(sameId), "HAWB", "id", hawb.id().toString());
    }

    @Test
    void hawbsNumberWithinMawbUqIsTheHawbNumber() {
        assertDuplicate(() -> ports.hawbs().insert(TestData.hawb(mawb, "HAM0042")), "HAWB", "hawbNumber",
                "HAM0042");
    }

    @Test
    void billsPrimaryKeyIsTheId() {
        Bill bill = ports.bills().insert(TestData.bill(mawb));
        assertDuplicate(() -> ports.bills().insert(TestData.billBuilder(mawb).id(bill.id()).build()),
                "bill", "id", bill.id().toString());
    }

    @Test
    void attachmentsPrimaryKeyIsTheId() {
        Attachment attachment = ports.attachments().insert(TestData.attachment(ShipmentRef.of(mawb.id()), "a.pdf"));
        Attachment sameId = TestData.attachmentBuilder(ShipmentRef.of(mawb.id())).id(attachment.id())
                .storageKey("other-key").build();
        assertDuplicate(() -> ports.attachments().insert(sameId), "attachment", "id", attachment.id().toString());
    }

    @Test
    void attachmentsStorageKeyUqIsTheStorageKey() {
        Attachment attachment = ports.attachments().insert(TestData.attachment(ShipmentRef.of(mawb.id()), "a.pdf"));
        Attachment sameKey = TestData.attachmentBuilder(ShipmentRef.of(hawb.id()))
                .storageKey(attachment.storageKey()).build();
        assertDuplicate(() -> ports.attachments().insert(sameKey), "attachment", "storageKey",
                attachment.storageKey());
    }

    @Test
    void anEventIdStoredBeforeIsADuplicateEvent() {
        TrackingEvent stored = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("k-1").build();
        ports.events().insertNew(List.of(stored));
        TrackingEvent sameIdOtherKey = TestData.eventBuilder(ShipmentRef.of(mawb.id())).id(stored.id().value())
                .dedupeKey("k-2").build();

        Throwable thrown = catchThrowable(() -> ports.events().insertNew(List.of(sameIdOtherKey)));

        assertThat(thrown).isInstanceOfSatisfying(DuplicateException.class, e -> {
            assertThat(e.entity()).isEqualTo("event");
            assertThat(e.field()).isEqualTo("id");
        });
    }

    @Test
    void aWriterThatGotInBetweenMakesTheFlushAVersionConflict() {
        // The unit reads version 1; another thread then commits version 2; the unit's UPDATE ... WHERE version = 1
        // finds no row: Hibernate's optimistic lock failure, which must arrive typed.
        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            Mawb read = ports.mawbs().findById(mawb.id()).orElseThrow();
            Mawb committedMeanwhile = runOnOtherThread(() -> ports.mawbs().update(
                    read.withDetails(TestData.mawbBuilder(1).pieces(20).build().details(), TestData.NOW)));
            assertThat(committedMeanwhile.version()).isEqualTo(2);
            ports.mawbs().update(read.withDetails(TestData.mawbBuilder(1).pieces(30).build().details(),
                    TestData.NOW));
        }));

        assertThat(thrown).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.entity()).isEqualTo("MAWB");
            assertThat(e.id()).isEqualTo(mawb.id().toString());
            assertThat(e.expectedVersion()).isEqualTo(1);
        });
        assertThat(ports.mawbs().findById(mawb.id()).orElseThrow().details().pieces()).isEqualTo(20);
    }

    @Test
    void staleAndUnknownRecordsOfEveryVersionedEntityAreTyped() {
        Bill bill = ports.bills().insert(TestData.bill(mawb));

        assertThat(catchThrowable(() -> ports.bills().update(bill.voided().withVersion(3))))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.entity()).isEqualTo("bill"));
        assertThat(catchThrowable(() -> ports.hawbs().update(TestData.hawb(mawb, "NEW1").withVersion(1))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("HAWB"));
        assertThat(catchThrowable(() -> ports.fileTypes().update(TestData.fileType("UNKNOWN").withVersion(1))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("UNKNOWN"));
    }

    private <T> T runOnOtherThread(Callable<T> work) {
        try {
            return otherThread.submit(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertDuplicate(Runnable write, String entity, String field, String value) {
        Throwable thrown = catchThrowable(write::run);

        assertThat(thrown).isInstanceOfSatisfying(DuplicateException.class, e -> {
            assertThat(e.entity()).isEqualTo(entity);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.value()).isEqualTo(value);
        });
    }
}
