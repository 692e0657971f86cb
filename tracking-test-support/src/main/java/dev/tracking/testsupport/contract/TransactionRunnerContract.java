package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.testsupport.TestData;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TransactionRunner} must do with the repositories of the same {@link
 * dev.tracking.testsupport.PersistencePorts}: commit a unit of work's writes together, roll all of them back when the
 * work throws and rethrow that very exception, and let nested calls join the unit that is open. Extend this class in
 * your adapter's tests and return ports over an empty store from {@link #ports()}; see {@link PersistenceContract} for
 * what the suites assume.
 */
public abstract class TransactionRunnerContract extends PersistenceContract {

    /** Thrown by the work of the tests that roll back. */
    protected static final class WorkFailed extends RuntimeException {

        public WorkFailed(String message) {
            super(message);
        }
    }

    @Test
    void returnsTheWorksResultAndCommits() {
        Mawb result = transactions().inTransaction(() -> givenMawb(TestData.mawb(1)));

        assertThat(result.version()).isEqualTo(1);
        assertSameState(mawbs().findById(result.id()).orElseThrow(), result);
        assertThat(carriers().findByDesignator("LH")).isPresent();
    }

    @Test
    void runCommits() {
        transactions().run(() -> givenMawb(TestData.mawb(1)));

        assertThat(mawbs().findByNumber(TestData.awbNumber(1))).isPresent();
    }

    @Test
    void theWorkSeesItsOwnWrites() {
        boolean seen = transactions().inTransaction(() -> {
            Mawb mawb = givenMawb(TestData.mawb(1));
            return mawbs().findById(mawb.id()).isPresent()
                    && mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, 10).size() == 1;
        });

        assertThat(seen).isTrue();
    }

    @Test
    void aFailedUnitLeavesNothingBehindAndRethrowsTheSameException() {
        WorkFailed failure = new WorkFailed("after every kind of insert");
        givenFileType(TestData.fileType());

        AtomicReference<Everything> inserted = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            inserted.set(insertOneOfEverything());
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingButTheFileTypeIsStored(inserted.get());
    }

    @Test
    void aFailedRunLeavesNothingBehindAndRethrowsTheSameException() {
        WorkFailed failure = new WorkFailed("after every kind of insert");
        givenFileType(TestData.fileType());

        AtomicReference<Everything> inserted = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> transactions().run(() -> {
            inserted.set(insertOneOfEverything());
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertNothingButTheFileTypeIsStored(inserted.get());
    }

    @Test
    void aFailedUnitUndoesItsUpdates() {
        Carrier carrier = givenCarrier(TestData.carrier());
        Mawb mawb = givenMawb(TestData.mawb(1));
        Bill bill = bills().insert(TestData.bill(mawb));

        Throwable thrown = catchThrowable(() -> transactions().run(() -> {
            carriers().update(new Carrier(carrier.code(), "Renamed", null, false, carrier.version()));
            mawbs().update(mawb.withDetails(TestData.mawbBuilder(1).pieces(99).build().details(), TestData.NOW));
            bills().update(bill.markPaid("REF", TestData.NOW));
            throw new WorkFailed("after updates");
        }));

        assertThat(thrown).isInstanceOf(WorkFailed.class);
        assertSameState(carriers().findByDesignator("LH").orElseThrow(), carrier);
        assertSameState(mawbs().findById(mawb.id()).orElseThrow(), mawb);
        assertSameState(bills().findById(bill.id()).orElseThrow(), bill);
    }

    @Test
    void aDuplicateInsideAUnitRollsItBackAndArrivesTyped() {
        givenMawb(TestData.mawb(1));

        assertThatThrownBy(() -> transactions().run(() -> {
            givenMawb(TestData.mawb(2));
            mawbs().insert(TestData.mawb(1));
        })).isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.field()).isEqualTo("awbNumber"));

        assertThat(mawbs().findByNumber(TestData.awbNumber(2))).isEmpty();
        assertThat(mawbs().findByNumber(TestData.awbNumber(1))).isPresent();
    }

    @Test
    void aVersionConflictInsideAUnitRollsItBackAndArrivesTyped() {
        Mawb v1 = givenMawb(TestData.mawb(1));
        mawbs().update(v1.withDetails(v1.details(), TestData.NOW));

        assertThatThrownBy(() -> transactions().run(() -> {
            givenMawb(TestData.mawb(2));
            mawbs().update(v1.withDetails(v1.details(), TestData.NOW));
        })).isInstanceOf(VersionConflictException.class);

        assertThat(mawbs().findByNumber(TestData.awbNumber(2))).isEmpty();
        assertThat(mawbs().findById(v1.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aRolledBackUnitReleasesItsEventKeys() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        TrackingEvent event = TestData.eventBuilder(ShipmentRef.of(mawb.id())).dedupeKey("k-1").build();

        catchThrowable(() -> transactions().run(() -> {
            events().insertNew(List.of(event));
            throw new WorkFailed("after the event");
        }));

        assertThat(events().insertNew(List.of(event))).hasSize(1);
    }

    @Test
    void nestedCallsJoinTheOuterUnit() {
        WorkFailed failure = new WorkFailed("outer fails after inner returned");

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            Mawb inner = transactions().inTransaction(() -> givenMawb(TestData.mawb(1)));
            transactions().run(() -> givenHawb(TestData.hawb(inner, "HAM0042")));
            assertThat(mawbs().findById(inner.id())).as("the outer unit sees the inner one's writes").isPresent();
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(mawbs().findByNumber(TestData.awbNumber(1))).isEmpty();
        assertThat(carriers().findAll()).isEmpty();
    }

    @Test
    void nestedCallsCommitWithTheOuterUnit() {
        Mawb outer = transactions().inTransaction(() -> {
            Mawb mawb = givenMawb(TestData.mawb(1));
            transactions().run(() -> givenHawb(TestData.hawb(mawb, "HAM0042")));
            return transactions().inTransaction(() -> mawbs().insert(TestData.mawb(2)));
        });

        assertThat(mawbs().findById(outer.id())).isPresent();
        assertThat(mawbs().findByNumber(TestData.awbNumber(1))).isPresent();
        assertThat(hawbs().findByMawb(mawbs().findByNumber(TestData.awbNumber(1)).orElseThrow().id())).hasSize(1);
    }

    @Test
    void anExceptionFromANestedCallRollsBackTheOuterUnitWhenItPropagates() {
        WorkFailed failure = new WorkFailed("inner fails");

        Throwable thrown = catchThrowable(() -> transactions().run(() -> {
            givenMawb(TestData.mawb(1));
            transactions().run(() -> {
                givenMawb(TestData.mawb(2));
                throw failure;
            });
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(mawbs().countByStatus().getOrDefault(ShipmentStatus.CREATED, 0L)).isZero();
    }

    @Test
    void aFailedUnitDoesNotSpoilTheNext() {
        catchThrowable(() -> transactions().run(() -> {
            givenMawb(TestData.mawb(1));
            throw new WorkFailed("first unit");
        }));

        Mawb second = transactions().inTransaction(() -> givenMawb(TestData.mawb(1)));

        assertSameState(mawbs().findByNumber(TestData.awbNumber(1)).orElseThrow(), second);
    }

    /** What {@link #insertOneOfEverything()} stored. */
    protected record Everything(Mawb mawb, Hawb hawb, List<TrackingEvent> events, Bill bill, Attachment attachment) {
    }

    /** Inserts a carrier, a MAWB, a HAWB, an event on each, a bill, an attachment and a file type. */
    protected final Everything insertOneOfEverything() {
        Mawb mawb = givenMawb(TestData.mawb(1));
        Hawb hawb = givenHawb(TestData.hawb(mawb, "HAM0042"));
        List<TrackingEvent> stored = events().insertNew(List.of(
                TestData.event(ShipmentRef.of(mawb.id()), "DEP", OffsetDateTime.parse("2025-03-15T13:17:00+01:00")),
                TestData.event(ShipmentRef.of(hawb.id()), "DEP", OffsetDateTime.parse("2025-03-15T13:17:00+01:00"))));
        Bill bill = bills().insert(TestData.bill(mawb));
        Attachment attachment = attachments().insert(TestData.attachment(ShipmentRef.of(mawb.id()), "invoice.pdf"));
        fileTypes().insert(TestData.fileType("PACKING_LIST"));
        assertThat(stored).as("events stored inside the unit").hasSize(2);
        assertThat(attachments().findById(attachment.id())).as("visible inside the unit").isPresent();
        return new Everything(mawb, hawb, stored, bill, attachment);
    }

    private void assertNothingButTheFileTypeIsStored(Everything inserted) {
        ShipmentRef mawbRef = ShipmentRef.of(inserted.mawb().id());
        ShipmentRef hawbRef = ShipmentRef.of(inserted.hawb().id());
        assertThat(carriers().findAll()).isEmpty();
        assertThat(fileTypes().findAll()).extracting(FileType::code).containsExactly("COMMERCIAL_INVOICE");
        assertThat(mawbs().findById(inserted.mawb().id())).isEmpty();
        assertThat(mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, 10)).isEmpty();
        assertThat(mawbs().countByStatus().values()).allSatisfy(count -> assertThat(count).isZero());
        assertThat(hawbs().findById(inserted.hawb().id())).isEmpty();
        assertThat(hawbs().list(HawbCriteria.any(), HawbSort.NEWEST_FIRST, null, 10)).isEmpty();
        assertThat(events().findBySubjects(List.of(mawbRef, hawbRef))).isEmpty();
        assertThat(bills().findById(inserted.bill().id())).isEmpty();
        assertThat(bills().findByMawb(inserted.mawb().id())).isEmpty();
        assertThat(bills().totalsOfOpen(BillType.ISC)).isEmpty();
        assertThat(attachments().findById(inserted.attachment().id())).isEmpty();
        assertThat(attachments().findByOwner(mawbRef)).isEmpty();
    }
}
