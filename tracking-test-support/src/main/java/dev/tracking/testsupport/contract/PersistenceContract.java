package dev.tracking.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract suite: it asks the adapter under test for its ports before each test and offers the
 * helpers the suites share. To run a suite against an adapter, extend it in the adapter's tests and implement
 * {@link #ports()}:
 *
 * <pre>{@code
 * class JdbiMawbRepositoryContractTest extends MawbRepositoryContract {
 *     @Override
 *     protected PersistencePorts ports() {
 *         database.truncateAll();              // or a fresh schema per test
 *         return PersistencePorts.of(JdbiPersistence.create(database.dataSource()));
 *     }
 * }
 * }</pre>
 *
 * <p>What the suites expect of a store, beyond the ports' Javadoc:
 * <ul>
 *   <li><b>An empty store per test.</b> {@link #ports()} is called before every test, and must return ports over a
 *       store with no rows (the base checks there are no carriers, file types, MAWBs or HAWBs).</li>
 *   <li><b>Referential integrity is allowed.</b> The suites insert what a foreign key would need first: the carrier
 *       of a MAWB (by designator), the MAWB of a HAWB or bill, the MAWB or HAWB an event or attachment belongs to,
 *       and the file type an attachment names. A store may enforce these references; it need not, except that
 *       {@link PermissionRepositoryContract} expects grants and overrides of unknown features to be refused with a
 *       typed error.</li>
 *   <li><b>Instants to the microsecond.</b> Every {@link Instant} and {@link java.time.OffsetDateTime} the suites
 *       store has whole microseconds (as PostgreSQL and H2 {@code TIMESTAMP} keep), and must come back exactly: the
 *       same instant and, for {@code OffsetDateTime}, the same offset (such as {@code +05:45} or {@code -03:30}),
 *       which a {@code TIMESTAMP WITH TIME ZONE} column alone does not keep. Nanoseconds are never asked for.</li>
 *   <li><b>Decimals by value.</b> Weights, volumes and totals are compared with {@link BigDecimal#compareTo}, so a
 *       {@code NUMERIC(12,3)} column may return {@code 1250.500} for {@code 1250.5}; money comes back in its
 *       currency's scale because {@link dev.tracking.core.domain.measure.Money} normalizes it.</li>
 *   <li><b>Typed errors.</b> Unique violations surface as {@code DuplicateException} naming the field, stale
 *       versions as {@code VersionConflictException}, never as a driver's {@code SQLException}.</li>
 *   <li><b>Unicode text.</b> Names, remarks and metadata hold characters beyond Latin-1 (such as {@code 東京}) and
 *       must come back unchanged: use a UTF-8 database. Case-insensitive search is only asserted on ASCII letters.</li>
 *   <li><b>Thread safety.</b> Some tests call the ports from several threads at once.</li>
 * </ul>
 *
 * <p>What the suites never ask: an order where a port's Javadoc leaves it open (arrivals, last-free-day counts), a
 * particular exception message or entity name, foreign-key errors, or going on with a unit of work after one of its
 * statements failed (which PostgreSQL refuses without savepoints).
 *
 * <p>The suites only use the ports; to add adapter-specific tests, add {@code @Test} methods to the subclass.
 */
public abstract class PersistenceContract {

    /** A page size small enough that every list test walks several pages. */
    protected static final int SMALL_PAGE = 2;

    private static final int MAX_PAGES = 1_000;

    private PersistencePorts opened;

    /**
     * The ports under test, over an empty store. Called once before each test; the suite uses what it returns for the
     * whole test.
     */
    protected abstract PersistencePorts ports();

    @BeforeEach
    void openPortsOnEmptyStore() {
        PersistencePorts ports = ports();
        assertThat(ports).as("ports()").isNotNull();
        opened = ports;
        assertThat(carriers().findAll()).as("carriers in the store ports() returned (it must be empty)").isEmpty();
        assertThat(fileTypes().findAll()).as("file types in the store ports() returned (it must be empty)").isEmpty();
        assertThat(mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, 1))
                .as("MAWBs in the store ports() returned (it must be empty)").isEmpty();
        assertThat(hawbs().list(HawbCriteria.any(), HawbSort.NEWEST_FIRST, null, 1))
                .as("HAWBs in the store ports() returned (it must be empty)").isEmpty();
    }

    // ------------------------------------------------------------------------------------------- ports under test

    /** All ports of this test, as {@link #ports()} returned them before it. */
    protected final PersistencePorts opened() {
        return opened;
    }

    /** The carrier repository under test. */
    protected final CarrierRepository carriers() {
        return opened.carriers();
    }

    /** The file type repository under test. */
    protected final FileTypeRepository fileTypes() {
        return opened.fileTypes();
    }

    /** The MAWB repository under test. */
    protected final MawbRepository mawbs() {
        return opened.mawbs();
    }

    /** The HAWB repository under test. */
    protected final HawbRepository hawbs() {
        return opened.hawbs();
    }

    /** The tracking event repository under test. */
    protected final TrackingEventRepository events() {
        return opened.events();
    }

    /** The attachment repository under test. */
    protected final AttachmentRepository attachments() {
        return opened.attachments();
    }

    /** The bill repository under test. */
    protected final BillRepository bills() {
        return opened.bills();
    }

    /** The permission repository under test. */
    protected final PermissionRepository permissions() {
        return opened.permissions();
    }

    /** The audit log under test. */
    protected final AuditLog auditLog() {
        return opened.auditLog();
    }

    /** The transaction runner under test, whose units span all the repositories above. */
    protected final TransactionRunner transactions() {
        return opened.transactions();
    }

    // ------------------------------------------------------------------------------------------------ given rows

    /** Stores a carrier. */
    protected final Carrier givenCarrier(Carrier carrier) {
        return carriers().insert(carrier);
    }

    /** Stores a file type. */
    protected final FileType givenFileType(FileType fileType) {
        return fileTypes().insert(fileType);
    }

    /**
     * Stores a MAWB, first storing a carrier with its designator (and its number's prefix) if there is none yet.
     *
     * @return the MAWB as stored, at version 1
     */
    protected final Mawb givenMawb(Mawb mawb) {
        if (carriers().findByDesignator(mawb.carrier()).isEmpty()) {
            carriers().insert(TestData.carrier(mawb.carrier(), mawb.number().prefix(), mawb.carrier() + " Cargo"));
        }
        return mawbs().insert(mawb);
    }

    /** Stores several MAWBs with {@link #givenMawb}, in the given order. */
    protected final List<Mawb> givenMawbs(List<Mawb> mawbs) {
        return mawbs.stream().map(this::givenMawb).toList();
    }

    /** Stores a HAWB; its MAWB must be stored already. */
    protected final Hawb givenHawb(Hawb hawb) {
        return hawbs().insert(hawb);
    }

    // ------------------------------------------------------------------------------------------------ assertions

    /**
     * How the suites compare records: field by field, down to the leaves, with {@link BigDecimal}s compared by value
     * (so {@code 1250.5} equals {@code 1250.500}); every other leaf by {@code equals}, so an
     * {@link java.time.OffsetDateTime} must keep its offset.
     */
    protected static RecursiveComparisonConfiguration sameState() {
        return RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build();
    }

    /** Asserts that {@code actual} holds the same data as {@code expected}, as {@link #sameState()} compares. */
    protected static void assertSameState(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison(sameState()).isEqualTo(expected);
    }

    /** {@code instant} cut to whole microseconds, the precision the suites demand. */
    protected static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    // ----------------------------------------------------------------------------------------------------- pages

    /** Fetches one page: the rows after the keyset (null for the first page), at most {@code limit} of them. */
    @FunctionalInterface
    protected interface PageFetcher<T> {

        /** The rows after {@code after} (null for the first page), at most {@code limit} of them. */
        List<T> fetch(Keyset after, int limit);
    }

    /** Walks every page of {@code fetcher}'s list, {@code pageSize} rows at a time, and returns all rows in order. */
    protected static <T> List<T> walkPages(PageFetcher<T> fetcher, Function<T, Keyset> keysetOf, int pageSize) {
        return walkPages(fetcher, keysetOf, pageSize, (page, rowsSoFar) -> {
        });
    }

    /** What a test does between two page fetches, such as inserting rows before or after the cursor. */
    @FunctionalInterface
    protected interface BetweenPages<T> {

        /**
         * @param page      the number of the page just fetched, 1 for the first
         * @param rowsSoFar every row fetched so far, in order
         */
        void afterPage(int page, List<T> rowsSoFar);
    }

    /**
     * Walks every page as {@link #walkPages(PageFetcher, Function, int)} does, calling {@code betweenPages} with the
     * page number (1 for the first) and the rows so far after every full page, before fetching the next. Asserts
     * that every page but the last is full and none is larger than asked.
     */
    protected static <T> List<T> walkPages(PageFetcher<T> fetcher, Function<T, Keyset> keysetOf, int pageSize,
            BetweenPages<T> betweenPages) {
        List<T> all = new ArrayList<>();
        Keyset after = null;
        for (int page = 1; page <= MAX_PAGES; page++) {
            List<T> rows = fetcher.fetch(after, pageSize);
            assertThat(rows).as("page %d, asked for %d rows", page, pageSize).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(rows);
            if (rows.size() < pageSize) {
                return all;
            }
            after = keysetOf.apply(rows.get(rows.size() - 1));
            betweenPages.afterPage(page, List.copyOf(all));
        }
        throw new AssertionError("more than " + MAX_PAGES + " pages: the keyset never reaches the end of the list");
    }
}
